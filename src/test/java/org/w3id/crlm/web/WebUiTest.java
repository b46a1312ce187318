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
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;

/** The web UI's files under /ui/, a browser sent there from /, and the example questions as JSON. */
class WebUiTest {
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

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesThePageItsScriptAndStyleWithNoExternalResource() throws Exception {
    HttpResponse<String> page = get("/ui/", "text/html");
    assertEquals(200, page.statusCode());
    assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(page.body().contains("<script src=\"/ui/app.js\">"));
    assertEquals(200, get("/ui/app.js", "*/*").statusCode());
    assertEquals(200, get("/ui/app.css", "*/*").statusCode());
    assertEquals(404, get("/ui/other.js", "*/*").statusCode());
    assertTrue(!page.body().contains("http"), "the page loads nothing from the internet");
    String script = Files.readString(TestKnowledgeBase.home().resolve("web/app.js"));
    assertTrue(!script.contains("innerHTML") && !script.contains("fetch(\"http"), "data never written as markup; only this server asked");
  }

  @Test
  void sendsABrowserFromTheRootToTheUiAndAnApiClientGetsText() throws Exception {
    HttpResponse<String> browser = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
        .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, browser.statusCode());
    assertEquals("http://127.0.0.1:" + server.port() + "/ui/", browser.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> client = get("/", "*/*");
    assertEquals(200, client.statusCode());
    assertTrue(client.body().startsWith("crlm knowledge base."));
  }

  @Test
  void listsEveryExampleQuestionWithItsEnglishQuestion() throws Exception {
    JsonArray questions = JSON.parseAny(get("/api/questions", "application/json").body()).getAsArray();
    long files;
    try (var list = Files.list(TestKnowledgeBase.home().resolve("queries"))) {
      files = list.filter(p -> p.toString().endsWith(".rq")).count();
    }
    assertEquals(files, questions.size());
    var contraindicated = questions.stream().map(v -> v.getAsObject())
        .filter(q -> q.get("name").getAsString().value().equals("contraindicated-agents-kras-g12d-rectal")).findFirst().orElseThrow();
    assertEquals("Which agents are contraindicated for KRAS G12D rectal cancer?", contraindicated.get("question").getAsString().value());
  }

  @Test
  void theFigureComparatorsFindingsAreServedWithTheirSentencesAndSteps() throws Exception {
    HttpResponse<String> response = get("/api/figures/comparisons", "application/json");
    assertEquals(200, response.statusCode());
    JsonArray comparisons = JSON.parse(response.body()).get("comparisons").getAsArray();
    assertEquals(TestKnowledgeBase.get().comparisons().size(), comparisons.size());
    var conflict = comparisons.stream().map(c -> c.getAsObject())
        .filter(c -> c.get("verdict").getAsString().value().equals("conflict")).findFirst().orElseThrow();
    assertEquals(true, conflict.get("withinDocument").getAsBoolean().value());
    var first = conflict.get("figures").getAsArray().get(0).getAsObject();
    assertEquals("001_3f1bd24335a83041.txt", first.get("document").getAsString().value());
    assertTrue(first.get("evidence").getAsArray().get(0).getAsObject().get("sentence").getAsString().value().contains("29"));
    assertTrue(conflict.get("steps").getAsArray().stream().anyMatch(s -> s.getAsString().value().contains("28 of 36, read as 77.8%")));
  }
}
