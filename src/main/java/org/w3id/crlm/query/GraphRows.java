package org.w3id.crlm.query;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reading the knowledge base's own SELECT queries row by row (the services that load their view of
 * the graph at start), with the crlm prefixes declared and unbound variables read as null.
 */
public final class GraphRows {
  private GraphRows() {}

  /** Runs {@code query} over {@code graph} and gives each row to {@code action}. */
  public static void select(Graph graph, String query, Consumer<QuerySolution> action) {
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph))
        .query(SparqlQueries.parse(query)).build()) {
      qe.execSelect().forEachRemaining(action);
    }
  }

  /** The IRI bound to {@code variable}, or null. */
  public static String uri(QuerySolution row, String variable) {
    RDFNode node = row.get(variable);
    return node != null && node.isURIResource() ? node.asResource().getURI() : null;
  }

  /** The lexical form of the literal bound to {@code variable}, or null. */
  public static String string(QuerySolution row, String variable) {
    RDFNode node = row.get(variable);
    return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
  }

  /** The number bound to {@code variable}, or null. */
  public static BigDecimal decimal(QuerySolution row, String variable) {
    RDFNode node = row.get(variable);
    return node != null && node.isLiteral() ? new BigDecimal(node.asLiteral().getLexicalForm()) : null;
  }
}
