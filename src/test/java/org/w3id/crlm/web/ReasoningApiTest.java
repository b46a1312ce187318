package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;

/** POST /api/profile and POST /api/check: JSON answers; bad input is a 400 that says what is wrong. */
class ReasoningApiTest {
  private static CrlmServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = CrlmServer.start(TestKnowledgeBase.get(),
        CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(1 << 16, 1 << 20), null,
        Corpus.at(TestKnowledgeBase.corpusDirectory()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String example(String path) throws Exception {
    return Files.readString(TestKnowledgeBase.home().resolve("examples").resolve(path));
  }

  @Test
  void aProfileIsAnsweredAsJson() throws Exception {
    HttpResponse<String> response = post("/api/profile", "application/json", example("profiles/case-003-kras-g12d.json"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = JSON.parse(response.body());
    assertEquals("Stage IVB", json.get("stageGroup").getAsArray().get(0).getAsObject().get("label").getAsString().value());
    assertEquals(2, json.get("noBenefit").getAsArray().size());
  }

  @Test
  void aDraftIsCheckedByItsContentType() throws Exception {
    // Expert opinion is the level of the no-benefit sources (document 002 is a summary, not a guideline body's).
    HttpResponse<String> response = post("/api/check?minLevel=6", "text/tab-separated-values", example("guidelines/no-benefit.tsv"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = JSON.parse(response.body());
    assertEquals(1, json.get("errors").getAsNumber().value().intValue());
    JsonObject finding = json.get("findings").getAsArray().get(0).getAsObject();
    assertEquals("no-benefit", finding.get("kind").getAsString().value());
    assertTrue(finding.get("evidence").getAsArray().get(0).getAsObject().get("sentence").getAsString().value().contains("KRAS"));
  }

  @Test
  void aDraftThatMakesReasoningExplodeIsA503TimeOutAndTheServerGoesOn() throws Exception {
    String explode = Files.readString(TestKnowledgeBase.fixture("explode-draft.ttl"));
    long start = System.nanoTime();
    HttpResponse<String> response = post("/api/check?timeout=1", "text/turtle", explode);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(503, response.statusCode(), response.body());
    assertEquals("Reasoning over draft 'the request body' was stopped at the time limit of 1 s; nothing was changed. Send a"
        + " smaller request, or start the server with a higher --reasoning-timeout.", message(response));
    assertTrue(millis < 10_000, "stopped at the limit, not after " + millis + " ms");
    assertEquals(200, post("/api/profile", "application/json", example("profiles/case-003-kras-g12d.json")).statusCode());
  }

  @Test
  void aDraftOutsideOwl2DlIsA400NamingTheAxiom() throws Exception {
    HttpResponse<String> response = post("/api/check", "text/turtle", Files.readString(TestKnowledgeBase.fixture("non-dl-draft.ttl")));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(message(response).startsWith("Cannot reason over draft 'the request body': Non-simple property '<https://w3id.org/crlm/partOf>'"),
        response.body());
  }

  @Test
  void badInputIsA400ThatSaysWhatIsWrongAndTheServerGoesOn() throws Exception {
    HttpResponse<String> unknown = post("/api/profile", "application/json", "{\"primarySite\": \"rectum\", \"biomarkers\": [\"KRAZ G12D\"]}");
    assertEquals(400, unknown.statusCode());
    assertTrue(message(unknown).startsWith("the request body, field biomarkers[0]: 'KRAZ G12D' is not a molecular feature"), unknown.body());
    HttpResponse<String> noType = post("/api/check", "", "population\tintervention\trecommendation\n");
    assertEquals(400, noType.statusCode());
    HttpResponse<String> big = post("/api/check", "text/csv", "x".repeat(1 << 17));
    assertEquals(413, big.statusCode());
    HttpResponse<String> after = post("/api/check", "text/csv", example("guidelines/missing-test.csv"));
    assertEquals(200, after.statusCode());
  }

  /** The message of a JSON error, which also carries its status and the request id. */
  static String message(HttpResponse<String> response) {
    JsonObject error = JSON.parse(response.body());
    assertEquals(response.statusCode(), error.get("status").getAsNumber().value().intValue());
    assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), error.get("requestId").getAsString().value());
    return error.get("message").getAsString().value();
  }
}
