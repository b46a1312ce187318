package org.w3id.crlm.ontology;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the ontology files as RDF into one graph: the asserted graph of the knowledge base.
 * Reading them with Jena first also validates the Turtle with precise line and column numbers,
 * which the OWL API's parsers do not give, and finds which ontology IRI each file declares.
 */
public final class AssertedGraphReader {
  private AssertedGraphReader() {}

  /**
   * The union of the files' triples, the file that declares each ontology IRI, and each file's own
   * triples (for the checks that depend on where a statement is made).
   */
  public record AssertedOntology(Graph graph, Map<String, Path> documents, Map<Path, Graph> files) {}

  public static AssertedOntology read(List<Path> files) {
    Graph union = GraphFactory.createDefaultGraph();
    Map<String, Path> documents = new LinkedHashMap<>();
    Map<Path, Graph> perFile = new LinkedHashMap<>();
    for (Path file : files) {
      Graph graph = GraphFactory.createDefaultGraph();
      readInto(graph, file, Lang.TURTLE);
      List<Node> ontologies = graph.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode())
          .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).toList();
      if (ontologies.size() != 1) {
        throw new MalformedOntologyException(
            "%s declares %d ontology IRIs; each ontology file declares exactly one (<IRI> a owl:Ontology)."
                .formatted(file, ontologies.size()));
      }
      Path previous = documents.put(ontologies.get(0).getURI(), file);
      if (previous != null) {
        throw new MalformedOntologyException("%s and %s both declare the ontology <%s>; give each file its own IRI."
            .formatted(previous, file, ontologies.get(0).getURI()));
      }
      graph.find().forEach(union::add);
      perFile.put(file, graph);
    }
    return new AssertedOntology(union, documents, perFile);
  }

  /** Parses one RDF file into {@code graph}; a syntax error names the file, line and column. */
  public static void readInto(Graph graph, Path file, Lang lang) {
    try {
      RDFParser.source(file).lang(lang).errorHandler(new FailingErrorHandler(file)).parse(graph);
    } catch (MalformedOntologyException e) {
      throw e;
    } catch (RiotException e) {
      throw new MalformedOntologyException(file, -1, -1, e.getMessage());
    }
  }

  private record FailingErrorHandler(Path file) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
      throw new MalformedOntologyException(file, line, col, message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new MalformedOntologyException(file, line, col, message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new MalformedOntologyException(file, line, col, message);
    }
  }
}
