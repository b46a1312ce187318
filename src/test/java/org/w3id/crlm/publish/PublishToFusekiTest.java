package org.w3id.crlm.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.QueryPolicy;
import org.w3id.crlm.query.QueryRunner;
import org.w3id.crlm.query.RemoteStore;
import org.w3id.crlm.query.ResultFormat;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.web.CrlmServer;

/**
 * The knowledge base published to a Fuseki server that this test starts, then asked there: the
 * questions of queries/ give the same rows from the store as from the knowledge base itself,
 * and the server answers /sparql from the store when told to.
 */
class PublishToFusekiTest {
  private static final Path FUSEKI = TestKnowledgeBase.home().resolve("target/fuseki/fuseki-server.jar");
  private static final String FLAGSHIP = "queries/contraindicated-agents-kras-g12d-rectal.rq";
  private static FusekiProcess fuseki;
  private static KnowledgeBase kb;

  @BeforeAll
  static void startFuseki() {
    fuseki = FusekiProcess.start(FUSEKI, "crlm", List.of("-Xmx1g"));
    kb = TestKnowledgeBase.get();
  }

  @AfterAll
  static void stopFuseki() {
    fuseki.close();
  }

  @Test
  void everyQuestionGivesTheSameRowsFromThePublishedStore() throws IOException {
    GraphStorePublisher publisher = new GraphStorePublisher(fuseki.datasetUrl(), GraphStorePublisher.defaultClient());
    GraphStorePublisher.Published published = publisher.publishAll(kb.dataset(), true);
    long local = Txn.calculateRead(kb.dataset(), () -> kb.dataset().asDatasetGraph().stream().count());
    assertEquals(local, published.quads());
    assertEquals(local, count(RemoteStore.at(fuseki.queryEndpoint()), "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"));

    List<String> compared = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestKnowledgeBase.home().resolve("queries"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        String text = Files.readString(file);
        if (text.contains("crlm:quote(")) {
          continue; // the project's own function, unknown to Fuseki (the README says so)
        }
        Query query = SparqlQueries.parse(text);
        assertEquals(rows(new QueryRunner(kb.dataset(), QueryPolicy.local()), query),
            rows(QueryRunner.remote(RemoteStore.at(fuseki.queryEndpoint()), QueryPolicy.local()), query), file.toString());
        compared.add(file.getFileName().toString());
      }
    }
    assertTrue(compared.contains("contraindicated-agents-kras-g12d-rectal.rq"));
    assertEquals(47, compared.size(), compared::toString);
  }

  @Test
  void oneGraphIsReplacedByItself() {
    GraphStorePublisher publisher = new GraphStorePublisher(fuseki.datasetUrl(), GraphStorePublisher.defaultClient());
    String asserted = "https://w3id.org/crlm/graph/asserted";
    GraphStorePublisher.Published published = publisher.publishGraphs(kb.dataset(), List.of(asserted));
    assertEquals(kb.assertedTriples(), published.quads());
    assertEquals(kb.assertedTriples(), count(RemoteStore.at(fuseki.queryEndpoint()), "SELECT (COUNT(*) AS ?n) { GRAPH <" + asserted + "> { ?s ?p ?o } }"));

    CrlmException unknown = org.junit.jupiter.api.Assertions.assertThrows(CrlmException.class,
        () -> publisher.publishGraphs(kb.dataset(), List.of("https://w3id.org/crlm/graph/nothing")));
    assertTrue(unknown.getMessage().startsWith("The knowledge base has no graph https://w3id.org/crlm/graph/nothing. Its graphs: "),
        unknown.getMessage());
  }

  @Test
  void theServerAnswersSparqlFromTheStoreAndSaysSoWhenTheStoreIsAway() throws Exception {
    new GraphStorePublisher(fuseki.datasetUrl(), GraphStorePublisher.defaultClient()).publishAll(kb.dataset(), true);
    String flagship = Files.readString(TestKnowledgeBase.home().resolve(FLAGSHIP));
    String expected = new String(run(new QueryRunner(kb.dataset(), QueryPolicy.local()), SparqlQueries.parse(flagship), ResultFormat.CSV),
        StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newHttpClient();
    try (CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSparqlStore(fuseki.queryEndpoint()))) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + CrlmServer.SPARQL_PATH))
          .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(flagship, StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(sorted(expected), sorted(answer.body()));
    }
    try (CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0)
        .withSparqlStore("http://127.0.0.1:9/nothing/sparql"))) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + CrlmServer.SPARQL_PATH + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(502, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains(ErrorCode.STORE_UNAVAILABLE.toString()), answer.body());
      assertTrue(answer.body().contains("The SPARQL store http://127.0.0.1:9/nothing/sparql did not answer"), answer.body());
    }
  }

  private static long count(RemoteStore store, String select) {
    String csv = new String(run(QueryRunner.remote(store, QueryPolicy.local()), SparqlQueries.parse(select), ResultFormat.CSV), StandardCharsets.UTF_8);
    return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
  }

  /** The rows as text, sorted, blank node labels (which each store makes its own) left out. */
  private static List<String> rows(QueryRunner runner, Query query) {
    ResultFormat format = query.isSelectType() || query.isAskType() ? ResultFormat.TSV : ResultFormat.NTRIPLES;
    return sorted(new String(run(runner, query, format), StandardCharsets.UTF_8).replaceAll("_:[A-Za-z0-9]+", "_:"));
  }

  private static List<String> sorted(String text) {
    return text.lines().sorted().toList();
  }

  private static byte[] run(QueryRunner runner, Query query, ResultFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(Duration.ofSeconds(60))) {
      runner.run(query, format, out, deadline);
    }
    return out.toByteArray();
  }
}
