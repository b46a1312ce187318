package org.w3id.crlm.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.AssertedGraphReader.AssertedOntology;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.OntologyFiles;
import org.w3id.crlm.query.SparqlQueries;

/**
 * A release: the vocabulary merged into one ontology, and the reasoned knowledge base (what the
 * files state and what HermiT entails) merged into another, each with its version IRI and no
 * imports, so that Protégé or any OWL tool opens it as it is; in Turtle and RDF/XML; and the list
 * of the vocabulary's terms, which the next release is checked against (no term may disappear).
 */
public final class Release {
  private Release() {}

  /** The files written, in {@code directory}. */
  public static List<Path> write(KnowledgeBase kb, OntologyFiles files, AssertedOntology read, Path directory) {
    String version = version(read.graph());
    Graph vocabulary = GraphFactory.createDefaultGraph();
    read.files().forEach((path, graph) -> {
      if (files.all().contains(path) && !files.isFactFile(path)) {
        graph.find().forEach(vocabulary::add);
      }
    });
    Graph reasoned = GraphFactory.createDefaultGraph();
    Txn.executeRead(kb.dataset(), () -> {
      kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph().find().forEach(reasoned::add);
      kb.dataset().getNamedModel(Crlm.INFERRED_GRAPH).getGraph().find().forEach(reasoned::add);
    });
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      written.addAll(writeOntology(standalone(vocabulary, read.graph(), Crlm.VOCABULARY, version), directory,
          "crlm-vocabulary-" + version));
      written.addAll(writeOntology(standalone(reasoned, read.graph(), Crlm.KNOWLEDGE_BASE, version), directory,
          "crlm-kb-" + version));
      Path terms = directory.resolve("crlm-terms-" + version + ".txt");
      Files.writeString(terms, "# The terms of release " + version + " of the crlm vocabulary, one IRI a line.\n"
          + String.join("\n", terms(vocabulary)) + "\n");
      written.add(terms);
    } catch (IOException e) {
      throw new CrlmException("Cannot write the release into %s: %s".formatted(directory, e.getMessage()));
    }
    return written;
  }

  /** The version the vocabulary root states (owl:versionInfo of crlm.ttl). */
  static String version(Graph asserted) {
    List<Triple> info = asserted.find(NodeFactory.createURI(Crlm.VOCABULARY), OWL2.versionInfo.asNode(), Node.ANY).toList();
    if (info.size() != 1 || !info.get(0).getObject().isLiteral()) {
      throw new CrlmException("crlm.ttl must state one owl:versionInfo, the version of the release; it states " + info.size() + ".");
    }
    return info.get(0).getObject().getLiteralLexicalForm();
  }

  /**
   * {@code content} as one ontology: every module header and import dropped, and the header of
   * {@code iri} (its version IRI, version, label, licence) kept from the files.
   */
  private static Graph standalone(Graph content, Graph asserted, String iri, String version) {
    Set<Node> headers = new java.util.HashSet<>();
    asserted.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).forEach(t -> headers.add(t.getSubject()));
    Graph out = GraphFactory.createDefaultGraph();
    content.find().forEach(t -> {
      if (!headers.contains(t.getSubject()) && !t.getPredicate().equals(OWL2.imports.asNode())) {
        out.add(t);
      }
    });
    Node ontology = NodeFactory.createURI(iri);
    asserted.find(ontology, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(OWL2.imports.asNode())).forEach(out::add);
    out.add(ontology, RDF.type.asNode(), OWL2.Ontology.asNode());
    out.remove(ontology, OWL2.versionIRI.asNode(), Node.ANY);
    out.add(ontology, OWL2.versionIRI.asNode(), NodeFactory.createURI(iri + "/" + version));
    return out;
  }

  private static List<Path> writeOntology(Graph graph, Path directory, String name) throws IOException {
    Model model = ModelFactory.createModelForGraph(graph);
    model.setNsPrefixes(SparqlQueries.prefixes());
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, Lang> format : Map.of(".ttl", Lang.TURTLE, ".owl", Lang.RDFXML).entrySet()) {
      Path file = directory.resolve(name + format.getKey());
      try (OutputStream out = Files.newOutputStream(file)) {
        RDFDataMgr.write(out, model, format.getValue());
      }
      written.add(file);
    }
    written.sort(null);
    return written;
  }

  /** The vocabulary's terms: the crlm: IRIs it types. */
  private static Set<String> terms(Graph vocabulary) {
    Set<String> terms = new TreeSet<>();
    vocabulary.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
      Node s = t.getSubject();
      if (s.isURI() && s.getURI().startsWith(Crlm.NS) && !s.getURI().substring(Crlm.NS.length()).contains("/")
          && !t.getObject().equals(OWL2.Ontology.asNode())) {
        terms.add(s.getURI());
      }
    });
    return terms;
  }
}
