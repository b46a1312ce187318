package org.w3id.crlm.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.query.SparqlQueries;

/**
 * The quality report of the ontology files, modelled on ROBOT's {@code report}: the checks run
 * over a dataset whose default graph is the union of the files, with each file also in a named
 * graph of its own (its ontology IRI), a graph that says each file's layer and path, and a graph
 * with the terms of the previous release. The build stops on an ERROR row.
 */
public final class QualityChecks {
  /** Graph of what is known of each file: its path and its layer (vocabulary, facts or extra). */
  public static final String FILES_GRAPH = Crlm.NS + "graph/quality/files";
  /** Graph of the terms of the previous release, one {@code <term> q:inRelease "previous"} each. */
  public static final String PREVIOUS_RELEASE_GRAPH = Crlm.NS + "graph/quality/previous-release";
  static final String QUALITY_NS = Crlm.NS + "quality/";

  /** The checks, most serious first. */
  static final List<String> NAMES = List.of("missing-label", "multiple-labels", "multiple-definitions",
      "multiple-equivalent-classes", "duplicate-label", "term-outside-its-layer", "deprecated-term-in-use",
      "term-gone-since-previous-release", "missing-definition", "duplicate-label-across-kinds", "label-whitespace",
      "deprecated-term-without-replacement");

  private QualityChecks() {}

  public static List<QualityCheck> all() {
    return NAMES.stream().map(QualityCheck::load).toList();
  }

  /** The layer of an ontology file, which decides what it may state. */
  public enum Layer { VOCABULARY, FACTS, EXTRA }

  /** An ontology file as the report sees it. */
  public record File(Path path, String ontologyIri, Layer layer, Graph graph) {}

  /**
   * @param files the ontology files, each with its layer
   * @param previousRelease the IRIs of the terms of the previous release (empty when there was none)
   */
  public static QualityReport run(List<File> files, List<String> previousRelease) {
    Dataset dataset = DatasetFactory.createGeneral();
    DatasetGraph dsg = dataset.asDatasetGraph();
    Node filesGraph = NodeFactory.createURI(FILES_GRAPH);
    for (File file : files) {
      Node name = NodeFactory.createURI(file.ontologyIri());
      file.graph().find().forEach(t -> {
        dsg.getDefaultGraph().add(t);
        dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
      });
      dsg.add(filesGraph, name, NodeFactory.createURI(QUALITY_NS + "path"), NodeFactory.createLiteralString(file.path().toString()));
      dsg.add(filesGraph, name, NodeFactory.createURI(QUALITY_NS + "layer"),
          NodeFactory.createLiteralString(file.layer().name().toLowerCase(java.util.Locale.ROOT)));
    }
    Node previous = NodeFactory.createURI(PREVIOUS_RELEASE_GRAPH);
    for (String term : previousRelease) {
      dsg.add(previous, NodeFactory.createURI(term), NodeFactory.createURI(QUALITY_NS + "inRelease"), NodeFactory.createLiteralString("previous"));
    }
    Map<String, String> paths = new java.util.HashMap<>();
    files.forEach(f -> paths.put(f.ontologyIri(), f.path().toString()));
    List<QualityReport.Row> rows = new ArrayList<>();
    for (QualityCheck check : all()) {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(SparqlQueries.parse(check.query())).build()) {
        qe.execSelect().forEachRemaining(row -> rows.add(new QualityReport.Row(check.level(), check.name(),
            text(row, "entity"), text(row, "value"), paths.getOrDefault(text(row, "file"), text(row, "file")))));
      }
    }
    rows.sort(Comparator.comparing(QualityReport.Row::level).thenComparing(r -> NAMES.indexOf(r.check()))
        .thenComparing(QualityReport.Row::entity).thenComparing(QualityReport.Row::value));
    return new QualityReport(List.copyOf(rows));
  }

  private static String text(QuerySolution row, String variable) {
    RDFNode node = row.get(variable);
    if (node == null) {
      return "";
    }
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
  }
}
