package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;

/** GET /api/explain: justifications as JSON, with evidence and sentences; bad requests are 400 with the reason. */
class ExplainApiTest {
  private static CrlmServer server;
  private static Corpus corpus;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());
    server = CrlmServer.start(TestKnowledgeBase.get(),
        CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(1 << 20, 1 << 20), null, corpus);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String query) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/explain?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void explainsATypeWithTheEvidenceAndItsSentence() throws Exception {
    HttpResponse<String> response = get("subject=crlm:KRAS_G12D&object=RAS%20mutation");
    assertEquals(200, response.statusCode());
    assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject json = JSON.parse(response.body());
    assertEquals("'KRAS G12D' Type 'RAS mutation'", json.get("statement").getAsString().value());
    assertTrue(json.get("entailed").getAsBoolean().value());
    assertEquals(1, json.get("justifications").getAsArray().size());
    JsonObject justification = json.get("justifications").getAsArray().get(0).getAsObject();
    assertEquals(6, justification.get("weakestEvidence").getAsObject().get("rank").getAsNumber().value().intValue());
    var axioms = justification.get("axioms").getAsArray();
    assertEquals(4, axioms.size());
    JsonObject evidence = axioms.get(2).getAsObject().get("evidence").getAsArray().get(0).getAsObject();
    // The statement in plain words, its terms with their IRIs.
    var words = json.get("statementWords").getAsArray();
    assertEquals(4, words.size());
    assertEquals("https://w3id.org/crlm/KRAS_G12D", words.get(0).getAsObject().get("iri").getAsString().value());
    assertEquals(" is a ", words.get(1).getAsString().value());
    assertEquals("RAS mutation", words.get(2).getAsObject().get("label").getAsString().value());
    assertEquals(".", words.get(3).getAsString().value());
    assertEquals("004_038568472bd911b7.txt", evidence.get("document").getAsString().value());
    assertEquals(9766, evidence.get("start").getAsNumber().value().intValue());
    assertEquals(corpus.span("004_038568472bd911b7.txt", 9766, 9811), evidence.get("sentence").getAsString().value());
  }

  @Test
  void aStatementNotEntailedIsAnsweredAsSuch() throws Exception {
    HttpResponse<String> response = get("subject=case:003-cancer&property=crlm:hasContraindicatedAgent&object=crlm:bevacizumab");
    assertEquals(200, response.statusCode());
    JsonObject json = JSON.parse(response.body());
    assertEquals(false, json.get("entailed").getAsBoolean().value());
    assertEquals(0, json.get("justifications").getAsArray().size());
  }

  @Test
  void badRequestsAreRefusedWithTheReason() throws Exception {
    HttpResponse<String> missing = get("subject=crlm:KRAS_G12D");
    assertEquals(400, missing.statusCode());
    assertTrue(ReasoningApiTest.message(missing).startsWith("Give subject and object"), missing.body());
    HttpResponse<String> unknown = get("subject=KRAS%20G12Z&object=RAS%20mutation");
    assertEquals(400, unknown.statusCode());
    assertTrue(ReasoningApiTest.message(unknown).startsWith("The first term 'KRAS G12Z' names nothing in the knowledge base. Closest labels: 'KRAS G12A', 'KRAS G12C', 'KRAS G12D'"),
        unknown.body());
    HttpResponse<String> limit = get("subject=crlm:KRAS_G12D&object=RAS%20mutation&limit=99");
    assertEquals(400, limit.statusCode());
    assertEquals("The parameter limit must be a whole number from 1 to 10; it is '99'.", ReasoningApiTest.message(limit));
    assertEquals(400, get("subject=%E9&object=b").statusCode());
    HttpResponse<String> level = get("subject=crlm:KRAS_G12D&object=RAS%20mutation&minLevel=RCT");
    assertEquals(400, level.statusCode());
    assertTrue(ReasoningApiTest.message(level).startsWith("Unknown evidence level 'RCT'."), level.body());
  }
}
