package org.w3id.crlm.kb;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A dataset of graphs held in memory or linked from elsewhere (Jena's general dataset), which
 * reads three times faster from a snapshot than the transactional in-memory dataset. Unlike
 * Jena's, it creates a graph only when written: asked in a read transaction for a graph it does
 * not have (a query's {@code GRAPH <x>}, a protocol {@code named-graph-uri}), it answers with an
 * empty graph, where Jena's would try to add one and fail.
 */
public final class LinkedDatasetGraph extends DatasetGraphMapLink {

  private LinkedDatasetGraph(Graph defaultGraph) {
    super(defaultGraph);
  }

  /** An empty dataset, its default graph in memory. */
  public static LinkedDatasetGraph create() {
    return new LinkedDatasetGraph(GraphFactory.createDefaultGraph());
  }

  /** A dataset whose default graph is {@code defaultGraph}, linked, not copied. */
  public static LinkedDatasetGraph over(Graph defaultGraph) {
    return new LinkedDatasetGraph(defaultGraph);
  }

  @Override
  public Graph getGraph(Node graphNode) {
    if (graphNode == null || Quad.isDefaultGraph(graphNode) || containsGraph(graphNode) || writing()) {
      return super.getGraph(graphNode);
    }
    return Graph.emptyGraph;
  }

  /** Outside a transaction, or in a write one: where Jena's dataset would create the graph. */
  private boolean writing() {
    return !isInTransaction() || transactionMode() == ReadWrite.WRITE;
  }
}
