package org.w3id.crlm.publish;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.system.Txn;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.HttpUrls;

/**
 * Pushes the knowledge base's graphs to a store that speaks the SPARQL 1.1 Graph Store HTTP
 * Protocol (Fuseki, GraphDB, Virtuoso, ...): the whole dataset in one request, replacing what the
 * store held, or named graphs one by one, each replacing the store's graph of that name.
 */
public final class GraphStorePublisher {
  private final String url;
  private final HttpClient client;

  /**
   * @param url the store's dataset URL (for Fuseki {@code http://host:3030/NAME}), which takes
   *     the Graph Store Protocol and whole-dataset PUTs
   * @param client the HTTP client (with credentials, if the store needs them)
   */
  public GraphStorePublisher(String url, HttpClient client) {
    this.url = HttpUrls.require(url, "a store's dataset URL (--to)", "http://localhost:3030/crlm");
    this.client = client;
  }

  /** A client that gives up connecting after 10 seconds. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /**
   * Replaces the store's whole dataset with {@code dataset}'s graphs. Without {@code
   * withDefaultGraph}, the default graph stays out: for stores whose default graph is the union of
   * their named graphs (Virtuoso, GraphDB), where a copy of it would duplicate every statement.
   */
  public Published publishAll(Dataset dataset, boolean withDefaultGraph) {
    long start = System.nanoTime();
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph source = dataset.asDatasetGraph();
      DatasetGraph sent = withDefaultGraph ? source : namedOnly(source);
      List<String> graphs = new ArrayList<>();
      sent.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
      if (withDefaultGraph) {
        graphs.add(0, "default graph");
      }
      long quads = sent.stream().count();
      send(() -> DSP.service(url).httpClient(client).contentType(RDFFormat.RDF_THRIFT).PUT(sent), "the dataset");
      return new Published(url, graphs, quads, (System.nanoTime() - start) / 1_000_000);
    });
  }

  /** Replaces the store's graphs of these names (or its default graph, for "default") with this dataset's. */
  public Published publishGraphs(Dataset dataset, List<String> graphNames) {
    long start = System.nanoTime();
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph source = dataset.asDatasetGraph();
      long quads = 0;
      for (String name : graphNames) {
        boolean isDefault = name.equals("default");
        Node node = isDefault ? null : NodeFactory.createURI(name);
        if (!isDefault && !source.containsGraph(node)) {
          throw new CrlmException("The knowledge base has no graph %s. Its graphs: %s; or 'default' for the default graph."
              .formatted(name, String.join(", ", names(source))));
        }
        Graph graph = isDefault ? source.getDefaultGraph() : source.getGraph(node);
        quads += graph.size();
        GSP request = GSP.service(url).httpClient(client).contentType(RDFFormat.RDF_THRIFT);
        GSP target = isDefault ? request.defaultGraph() : request.graphName(name);
        send(() -> target.PUT(graph), isDefault ? "the default graph" : "graph " + name);
      }
      return new Published(url, List.copyOf(graphNames), quads, (System.nanoTime() - start) / 1_000_000);
    });
  }

  /** What was sent: to where, which graphs, how many quads, in how many milliseconds. */
  public record Published(String url, List<String> graphs, long quads, long millis) {}

  private void send(Runnable request, String what) {
    try {
      request.run();
    } catch (HttpException e) {
      String status = e.getStatusCode() > 0 ? "HTTP " + e.getMessage() : String.valueOf(e.getMessage());
      throw new CrlmException(ErrorCode.STORE_UNAVAILABLE, ("Cannot publish %s to %s: %s. Give the store's dataset URL (for Fuseki http://HOST:3030/NAME,"
          + " started with updates allowed) and, if it asks for a login, --user.").formatted(what, url, status.strip()));
    }
  }

  private static DatasetGraph namedOnly(DatasetGraph source) {
    DatasetGraph named = DatasetGraphFactory.createGeneral();
    source.listGraphNodes().forEachRemaining(g -> named.addGraph(g, source.getGraph(g)));
    return named;
  }

  private static List<String> names(DatasetGraph source) {
    List<String> names = new ArrayList<>();
    source.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
    return names;
  }

}
