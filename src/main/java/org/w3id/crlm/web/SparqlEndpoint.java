package org.w3id.crlm.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.query.QueryPolicy;
import org.w3id.crlm.query.QueryRunner;
import org.w3id.crlm.query.RemoteStore;
import org.w3id.crlm.query.ResultFormat;
import org.w3id.crlm.query.SparqlQueries;
import spark.Request;
import spark.Response;

/**
 * The SPARQL 1.1 Protocol query operation over the knowledge base's dataset, under the server's
 * {@link QueryPolicy} (no SERVICE unless allowed) and the request's deadline.
 */
final class SparqlEndpoint {
  private static final List<ResultFormat> RESULT_SET_FORMATS =
      List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);
  private static final List<ResultFormat> GRAPH_FORMATS =
      List.of(ResultFormat.TURTLE, ResultFormat.NTRIPLES, ResultFormat.JSONLD, ResultFormat.RDFXML);

  private final Dataset dataset;
  private final RemoteStore remote;
  private final QueryPolicy policy;
  private final int maxRequestBytes;

  /** The most solutions a SELECT or CONSTRUCT is answered with. */
  static final long MAX_ROWS = 10_000;
  /** The largest answer, which is made in memory before it is sent (so that a failure is still an error response). */
  static final int MAX_RESPONSE_BYTES = 64 << 20;

  /**
   * @param dataset the knowledge base the queries run on
   * @param remote another store that answers instead (the knowledge base published to it); null to answer here
   */
  SparqlEndpoint(Dataset dataset, RemoteStore remote, QueryPolicy policy, int maxRequestBytes) {
    this.dataset = dataset;
    this.remote = remote;
    this.policy = policy;
    this.maxRequestBytes = maxRequestBytes;
  }

  Object handle(Request request, Response response) {
    RequestContext context = RequestContext.of(request);
    SparqlRequest sparql = SparqlRequest.from(request, maxRequestBytes);
    Query query = SparqlQueries.parse(sparql.query());
    policy.check(query);
    ResultFormat format = negotiate(context.accept(), query);
    // A cap on result rows keeps one query from filling the server's memory: a SELECT or
    // CONSTRUCT without a LIMIT, or with a larger one, is answered with at most MAX_ROWS
    // solutions, and the response says so.
    if ((query.isSelectType() || query.isConstructType()) && (!query.hasLimit() || query.getLimit() > MAX_ROWS)) {
      query = query.cloneQuery();
      query.setLimit(MAX_ROWS);
      response.header("X-Crlm-Row-Cap", String.valueOf(MAX_ROWS));
    }
    ByteArrayOutputStream body = new BoundedBody(MAX_RESPONSE_BYTES);
    QueryRunner runner = remote != null
        ? QueryRunner.remote(remote.withGraphs(sparql.defaultGraphUris(), sparql.namedGraphUris()), policy)
        : new QueryRunner(datasetFor(query, sparql), policy);
    runner.run(query, format, body, context.deadline());
    response.status(200);
    response.type(format.mediaType() + "; charset=utf-8");
    response.header("Vary", "Accept");
    return body.toByteArray();
  }

  /**
   * The dataset the query runs on: the protocol's default-graph-uri and named-graph-uri win
   * over the query's FROM and FROM NAMED, as the protocol says; with neither, the whole
   * knowledge base (union default graph plus the named graphs).
   */
  private Dataset datasetFor(Query query, SparqlRequest sparql) {
    DatasetDescription description =
        !sparql.defaultGraphUris().isEmpty() || !sparql.namedGraphUris().isEmpty()
            ? DatasetDescription.create(sparql.defaultGraphUris(), sparql.namedGraphUris())
            : DatasetDescription.create(query);
    if (description == null || description.isEmpty()) {
      return dataset;
    }
    query.getGraphURIs().clear();
    query.getNamedGraphURIs().clear();
    return DatasetFactory.wrap(DynamicDatasets.dynamicDataset(description, dataset.asDatasetGraph(), false));
  }

  /** The format the Accept header prefers; an Accept that cannot be read means anything, as with none. */
  private static ResultFormat negotiate(String accept, Query query) {
    boolean bindings = query.isSelectType() || query.isAskType();
    List<ResultFormat> offered = bindings ? RESULT_SET_FORMATS : GRAPH_FORMATS;
    List<String> types = offered.stream().map(ResultFormat::mediaType).toList();
    String chosen = AcceptHeader.of(accept).choose(types).orElseThrow(() -> new HttpError(406,
        "None of the accepted media types (%s) can carry a %s result. Accept one of: %s."
            .formatted(accept, query.queryType(), String.join(", ", types))));
    return offered.get(types.indexOf(chosen));
  }

  /** The answer as it is written, refused once it grows over its bound. */
  private static final class BoundedBody extends ByteArrayOutputStream {
    private final int max;

    BoundedBody(int max) {
      this.max = max;
    }

    @Override
    public synchronized void write(int b) {
      grow(1);
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      grow(length);
      super.write(bytes, offset, length);
    }

    private void grow(int length) {
      if ((long) size() + length > max) {
        throw new HttpError(503, ErrorCode.TOO_LARGE, ("The answer is larger than %d MB, the most this server sends for one"
            + " query. Add a LIMIT, or select fewer or shorter values.").formatted(max >> 20), java.util.Map.of());
      }
    }
  }
}
