package org.w3id.crlm.query;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.HttpUrls;

/**
 * Another store's SPARQL 1.1 query endpoint, which answers in this server's place (a Fuseki or
 * other store the knowledge base was published to). Queries go as they came, under the same
 * policy and deadline; the project's own functions (crlm:quote) are not known there.
 *
 * @param endpoint the query endpoint, for Fuseki http://HOST:3030/NAME/sparql
 * @param defaultGraphs the protocol's default-graph-uri values to send along (none: the store's default graph)
 * @param namedGraphs the protocol's named-graph-uri values to send along
 */
public record RemoteStore(String endpoint, List<String> defaultGraphs, List<String> namedGraphs) {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public RemoteStore {
    defaultGraphs = List.copyOf(defaultGraphs);
    namedGraphs = List.copyOf(namedGraphs);
  }

  /** The store at {@code endpoint}, checked to be an http or https URL. */
  public static RemoteStore at(String endpoint) {
    HttpUrls.require(endpoint, "a SPARQL endpoint's URL", "http://localhost:3030/crlm/sparql");
    return new RemoteStore(endpoint, List.of(), List.of());
  }

  /** The same store, asked with the protocol's dataset description of one request. */
  public RemoteStore withGraphs(List<String> defaultGraphs, List<String> namedGraphs) {
    return new RemoteStore(endpoint, defaultGraphs, namedGraphs);
  }

  QueryExecution execution(Query query, Deadline deadline) {
    QueryExecutionHTTPBuilder builder = QueryExecutionHTTPBuilder.service(endpoint).httpClient(CLIENT);
    defaultGraphs.forEach(builder::addDefaultGraphURI);
    namedGraphs.forEach(builder::addNamedGraphURI);
    builder.query(query);
    builder.timeout(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
    return builder.build();
  }

  /** Runs {@code answer}, the store's failures told as such. */
  void answer(Runnable answer) {
    try {
      answer.run();
    } catch (HttpException | QueryExceptionHTTP e) {
      throw new CrlmException(ErrorCode.STORE_UNAVAILABLE, "The SPARQL store %s did not answer: %s. Check that it runs and holds the published knowledge base."
          .formatted(endpoint, reason(e)));
    }
  }

  /** What went wrong, without the request (whose URL holds the whole query). */
  private static String reason(RuntimeException e) {
    if (e instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
      return "HTTP " + http.getStatusCode() + (http.getStatusLine() == null ? "" : " " + http.getStatusLine());
    }
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause == e ? "no answer" : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
  }
}
