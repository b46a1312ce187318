package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;

/** The SPARQL 1.1 Protocol over HTTP, including each error status. */
class CrlmServerTest {
  private static final String STAGE_QUERY =
      "SELECT ?g WHERE { <https://w3id.org/crlm/case/003-pathological-staging> a ?g . ?g rdfs:subClassOf crlm:AJCCStageGroup } ORDER BY ?g";
  private static CrlmServer server;
  private static String endpoint;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = CrlmServer.start(TestKnowledgeBase.get(),
        CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(64 * 1024, 1 << 20));
    endpoint = "http://127.0.0.1:" + server.port() + CrlmServer.SPARQL_PATH;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String rawQueryString, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "?" + rawQueryString));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request line as given, for what well-behaved clients refuse to send. Returns status and body. */
  private static String[] raw(String requestTarget) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String status = response.split(" ", 3)[1];
      return new String[] {status, response.substring(response.indexOf("\r\n\r\n") + 4)};
    }
  }

  /** A text error: the message, its code, then the request id, which is also in the X-Request-Id header. */
  static void assertTextError(String message, HttpResponse<String> response) {
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(id.matches("[0-9a-f]{16}"), id);
    String body = response.body();
    assertEquals(message + "\nError code: " + body.replaceAll("(?s).*\nError code: (CRLM-E\\d\\d)\n.*", "$1") + "\nRequest id: " + id + "\n", body);
    assertTrue(body.contains("\nError code: CRLM-E"), body);
    assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
  }

  private static String encoded(String query) {
    return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void capsTheRowsOfAQueryWithoutLimitAndSaysSo() throws Exception {
    String all = java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> capped = get("query=" + all, "text/csv");
    assertEquals(200, capped.statusCode());
    assertEquals("10000", capped.headers().firstValue("X-Crlm-Row-Cap").orElseThrow());
    assertEquals(10_001, capped.body().strip().lines().count(), "a header line and 10,000 rows");
    String limited = java.net.URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 5", java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> small = get("query=" + limited, "text/csv");
    assertEquals(java.util.Optional.empty(), small.headers().firstValue("X-Crlm-Row-Cap"));
    assertEquals(6, small.body().strip().lines().count());
  }

  @Test
  void answersGetWithJsonByDefault() throws Exception {
    HttpResponse<String> response = get(encoded(STAGE_QUERY), null);
    assertEquals(200, response.statusCode());
    assertEquals("application/sparql-results+json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains("https://w3id.org/crlm/StageIVB"), response.body());
  }

  @Test
  void negotiatesCsvTsvAndXml() throws Exception {
    assertEquals("g\r\nhttps://w3id.org/crlm/StageIV\r\nhttps://w3id.org/crlm/StageIVB\r\n",
        get(encoded(STAGE_QUERY), "text/csv").body());
    assertEquals("?g\n<https://w3id.org/crlm/StageIV>\n<https://w3id.org/crlm/StageIVB>\n",
        get(encoded(STAGE_QUERY), "text/tab-separated-values").body());
    assertTrue(get(encoded(STAGE_QUERY), "application/sparql-results+xml").body().contains("<uri>https://w3id.org/crlm/StageIVB</uri>"));
  }

  @Test
  void answersPostFormAndPostQueryBody() throws Exception {
    HttpResponse<String> form = post("application/x-www-form-urlencoded", encoded(STAGE_QUERY).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, form.statusCode(), form.body());
    HttpResponse<String> direct = post("application/sparql-query", STAGE_QUERY.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, direct.statusCode(), direct.body());
    assertEquals(form.body(), direct.body());
  }

  @Test
  void writesConstructResultsAsTurtleOrNTriples() throws Exception {
    String construct = "CONSTRUCT { crlm:panitumumab a ?c } WHERE { crlm:panitumumab a ?c FILTER(?c = crlm:AntiEGFRMonoclonalAntibody) }";
    HttpResponse<String> nt = get(encoded(construct), "application/n-triples");
    assertEquals("<https://w3id.org/crlm/panitumumab> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/crlm/AntiEGFRMonoclonalAntibody> .\n", nt.body());
    assertEquals("text/turtle; charset=utf-8", get(encoded(construct), "text/turtle").headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void separatesAssertedAndInferredGraphsWithDefaultGraphUri() throws Exception {
    String ask = "ASK { crlm:panitumumab a crlm:AntiEGFRMonoclonalAntibody }";
    String asserted = get(encoded(ask) + "&default-graph-uri=" + URLEncoder.encode("https://w3id.org/crlm/graph/asserted", StandardCharsets.UTF_8), "text/csv").body();
    String inferred = get(encoded(ask) + "&default-graph-uri=" + URLEncoder.encode("https://w3id.org/crlm/graph/inferred", StandardCharsets.UTF_8), "text/csv").body();
    assertEquals("_askResult\r\nfalse\r\n", asserted);
    assertEquals("_askResult\r\ntrue\r\n", inferred);
  }

  @Test
  void worksWithJenaRemoteClient() {
    try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(
        "PREFIX crlm: <https://w3id.org/crlm/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + STAGE_QUERY).build()) {
      List<String> groups = new java.util.ArrayList<>();
      qe.execSelect().forEachRemaining((QuerySolution s) -> groups.add(s.getResource("g").getLocalName()));
      assertEquals(List.of("StageIV", "StageIVB"), groups);
    }
  }

  @Test
  void answers400WithTheLineAndColumnOfAMalformedQuery() throws Exception {
    HttpResponse<String> response = get(encoded("SELECT ?x WHERE {\n ?x a }"), null);
    assertEquals(400, response.statusCode());
    assertTextError("SPARQL syntax error at line 2, column 7: Encountered \" \"}\" \"} \"\"; expected <IRIref>, <PNAME_NS>,"
        + " <PNAME_LN>, <BLANK_NODE_LABEL>, <VAR1>, <VAR2>, \"true\", \"false\" or one of 22 more.", response);
    assertTrue(response.body().contains("\nError code: CRLM-E04\n"), response.body());
  }

  @Test
  void answers400ToAnUpdate() throws Exception {
    HttpResponse<String> response = post("application/sparql-update", "DROP ALL".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode());
    assertTextError("SPARQL Update is not accepted: this endpoint is read-only.", response);
  }

  @Test
  void answers400ToMissingQueryBadPercentEncodingAndInvalidUtf8() throws Exception {
    assertEquals(400, get("foo=bar", null).statusCode());
    String[] badEscape = raw(CrlmServer.SPARQL_PATH + "?query=SELECT%ZZ");
    assertEquals("400", badEscape[0]);
    assertTrue(badEscape[1].startsWith("Malformed percent-encoding in the query string at character 13"), badEscape[1]);
    String[] badUtf8 = raw(CrlmServer.SPARQL_PATH + "?query=SELECT%C3%28");
    assertEquals("400", badUtf8[0]);
    assertTrue(badUtf8[1].matches("The query string is not valid UTF-8. Encode the query as UTF-8.\nError code: CRLM-E01\nRequest id: [0-9a-f]{16}\n"), badUtf8[1]);
    HttpResponse<String> badFormUtf8 = post("application/x-www-form-urlencoded", "query=%FF%FE".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, badFormUtf8.statusCode());
    HttpResponse<String> binary = post("application/sparql-query", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertEquals(400, binary.statusCode());
  }

  @Test
  void answers405ToOtherMethods() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
        .method("PUT", HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, response.statusCode());
  }

  @Test
  void answers415ToAnUnknownContentType() throws Exception {
    assertEquals(415, post("text/plain", STAGE_QUERY.getBytes(StandardCharsets.UTF_8)).statusCode());
  }

  @Test
  void answers406WhenNoAcceptedTypeFits() throws Exception {
    assertEquals(406, get(encoded(STAGE_QUERY), "image/png").statusCode());
    assertEquals(406, get(encoded("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"), "text/csv").statusCode());
  }

  @Test
  void answers413ToAnOversizedBody() throws Exception {
    byte[] big = ("query=" + "#".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);
    assertEquals(413, post("application/x-www-form-urlencoded", big).statusCode());
  }

  @Test
  void aServiceOnTheAllowListIsCalledAndAnyOtherRefused() throws Exception {
    CrlmServer.ServerSettings allowing = CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withAllowedServices(java.util.Set.of(endpoint));
    try (CrlmServer federating = CrlmServer.start(TestKnowledgeBase.get(), allowing)) {
      String other = "http://127.0.0.1:" + federating.port() + CrlmServer.SPARQL_PATH;
      String query = "SELECT ?agent WHERE { SERVICE <" + endpoint + "> { ?agent a crlm:AntiEGFRMonoclonalAntibody } } ORDER BY ?agent";
      HttpResponse<String> called = HTTP.send(HttpRequest.newBuilder(URI.create(other + "?" + encoded(query)))
          .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("agent\r\nhttps://w3id.org/crlm/cetuximab\r\nhttps://w3id.org/crlm/panitumumab\r\n", called.body());
      HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(other + "?" + encoded(query.replace(endpoint, other))))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().startsWith("SERVICE <" + other + "> is refused: this server does not send queries to other"
          + " endpoints except <" + endpoint + ">."), refused.body());
    }
  }
}
