package org.w3id.crlm.kb;

import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.crlm.ingest.IngestVocabulary;
import org.w3id.crlm.ontology.Crlm;

/** Which statements a query or an export sees: all of them, or only asserted or inferred ones. */
public enum GraphSelection {
  /** The union default graph with both named graphs: what a SPARQL client sees. */
  UNION(null),
  /** Only what the ontology files state, as the default graph; the annotation graphs beside it. */
  ASSERTED(Crlm.ASSERTED_GRAPH),
  /** Only what the reasoner added, as the default graph; the annotation graphs beside it. */
  INFERRED(Crlm.INFERRED_GRAPH);

  private final String graphIri;

  GraphSelection(String graphIri) {
    this.graphIri = graphIri;
  }

  /**
   * A dataset whose default graph is the selected statements. The documents' annotation graphs
   * stay as named graphs in every view: they are what ingest found, not entailments, so a
   * question over them run on the asserted statements shows what the reasoner's hierarchy adds.
   */
  public Dataset view(Dataset dataset) {
    if (graphIri == null) {
      return dataset;
    }
    DatasetGraph source = dataset.asDatasetGraph();
    // A linked dataset links the graphs it is given; nothing is copied.
    DatasetGraph view = LinkedDatasetGraph.over(source.getGraph(NodeFactory.createURI(graphIri)));
    source.listGraphNodes().forEachRemaining(name -> {
      if (name.isURI() && name.getURI().startsWith(IngestVocabulary.ANNOTATION_GRAPHS)) {
        view.addGraph(name, source.getGraph(name));
      }
    });
    return DatasetFactory.wrap(IndexedDatasetGraph.sameIndex(source, view));
  }

  public static GraphSelection parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "union", "all", "both" -> UNION;
      case "asserted" -> ASSERTED;
      case "inferred" -> INFERRED;
      default -> throw new IllegalArgumentException(
          "Unknown graph '%s'. Use union, asserted or inferred.".formatted(name));
    };
  }
}
