package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;

/**
 * POST /api/documents: an upload with the token is ingested into the uploads' namespace and
 * queryable at once; without the token, from another origin, under a clashing name or as bad
 * input it is refused, and nothing stored changes.
 */
class DocumentUploadTest {
  static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path store;
  private static CrlmServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    var kb = TestKnowledgeBase.get();
    var analyzer = new TextAnalyzer(kb.dictionary());
    server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(1 << 20, 1 << 16).withWriteToken(TOKEN),
        new IngestService(analyzer, new AnnotationStore(store), TestKnowledgeBase.corpusDirectory(), "test"), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String query, String type, byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"
        + (query == null ? "" : "?" + query))).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> upload(String name, String type, byte[] body) throws Exception {
    return post(name == null ? null : "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), type, body,
        Map.of("Authorization", "Bearer " + TOKEN));
  }

  private static String csv(String query) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("message").asText();
  }

  @Test
  void anUploadIsIngestedIntoTheUploadNamespaceAndQueryable() throws Exception {
    HttpResponse<String> response = upload("upload-test.txt", "text/plain", "FOLFOX was given to the patient.".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, response.statusCode(), response.body());
    JsonNode json = JSON.readTree(response.body());
    assertEquals(JSON.readTree("""
        {"document": "upload-test.txt", "graph": "https://w3id.org/crlm/graph/annotations/upload/upload-test", "replaced": false,
         "sentences": 1, "mentions": {"regimen": 1}, "numericClaims": 0, "suggestions": 0, "relations": 0, "warnings": []}"""), json);
    assertEquals("entity\r\nhttps://w3id.org/crlm/FOLFOX\r\n",
        csv("SELECT ?entity WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/upload/upload-test> { ?m oa:hasBody ?entity } }"));
  }

  @Test
  void anUploadUnderACorpusFileNameLeavesTheCorpusGraphAlone() throws Exception {
    String corpusGraph = "https://w3id.org/crlm/graph/annotations/003_cbdbd67247967b81";
    String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + corpusGraph + "> { ?s ?p ?o } }";
    String before = csv(count);
    HttpResponse<String> response = upload("003_cbdbd67247967b81.txt", "text/plain", "FOLFOX.".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, response.statusCode(), response.body());
    assertEquals("https://w3id.org/crlm/graph/annotations/upload/003_cbdbd67247967b81", JSON.readTree(response.body()).get("graph").asText());
    assertEquals(before, csv(count));
    assertFalse(before.contains("\r\n0\r\n"), before);
  }

  @Test
  void twoNamesWithOneIdentifierAreNeverMerged() throws Exception {
    assertEquals(201, upload("my-doc.txt", "text/plain", "FOLFOX.".getBytes(StandardCharsets.UTF_8)).statusCode());
    HttpResponse<String> clash = upload("my doc.txt", "text/plain", "Cetuximab.".getBytes(StandardCharsets.UTF_8));
    assertEquals(409, clash.statusCode());
    assertEquals("The name 'my doc.txt' makes the document identifier 'my-doc', which the upload 'my-doc.txt' already has."
        + " Rename the file so that its letters and digits differ.", message(clash));
    HttpResponse<String> again = upload("my-doc.txt", "text/plain", "Cetuximab.".getBytes(StandardCharsets.UTF_8));
    assertEquals(409, again.statusCode());
    assertTrue(message(again).startsWith("A document named 'my-doc.txt' was uploaded before"), message(again));
    assertEquals("entity\r\nhttps://w3id.org/crlm/FOLFOX\r\n",
        csv("SELECT ?entity WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/upload/my-doc> { ?m oa:hasBody ?entity } }"));
    HttpResponse<String> replaced = post("name=my-doc.txt&replace=true", "text/plain", "Cetuximab.".getBytes(StandardCharsets.UTF_8),
        Map.of("Authorization", "Bearer " + TOKEN));
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertTrue(JSON.readTree(replaced.body()).get("replaced").asBoolean());
    assertEquals("entity\r\nhttps://w3id.org/crlm/cetuximab\r\n",
        csv("SELECT ?entity WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/upload/my-doc> { ?m oa:hasBody ?entity } }"));
  }

  @Test
  void writesNeedTheTokenAndTheServersOwnOrigin() throws Exception {
    byte[] text = "FOLFOX.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> none = post("name=a.txt", "text/plain", text, Map.of());
    assertEquals(401, none.statusCode());
    assertEquals("Bearer realm=\"crlm\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
    HttpResponse<String> wrong = post("name=a.txt", "text/plain", text, Map.of("Authorization", "Bearer not-the-token"));
    assertEquals(401, wrong.statusCode());
    HttpResponse<String> crossSite = post("name=a.txt", "text/plain", text,
        Map.of("Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example"));
    assertEquals(403, crossSite.statusCode());
    assertEquals("A page of another origin (http://evil.example) may not write to this server. Upload from this server's own"
        + " pages, or from a client that is not a browser.", message(crossSite));
    HttpResponse<String> form = post("name=a.txt", "application/x-www-form-urlencoded", text, Map.of("Origin", "null"));
    assertEquals(403, form.statusCode());
    HttpResponse<String> sameOrigin = post("name=same-origin.txt", "text/plain", text,
        Map.of("Authorization", "Bearer " + TOKEN, "Origin", "http://127.0.0.1:" + server.port()));
    assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
    assertEquals("_askResult\r\nfalse\r\n", csv("ASK { GRAPH <https://w3id.org/crlm/graph/annotations/upload/a> { ?s ?p ?o } }"));
  }

  @Test
  void badUploadsAreRefusedWithTheReason() throws Exception {
    assertEquals(400, upload(null, "text/plain", "FOLFOX".getBytes()).statusCode());
    HttpResponse<String> latin1 = upload("latin.txt", "text/plain", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(400, latin1.statusCode());
    assertEquals("latin.txt is not UTF-8: byte 3 (line 1) is 0xE9, which UTF-8 does not allow there. Convert the file,"
        + " e.g. iconv -f latin1 -t utf-8 latin.txt > converted.txt", message(latin1));
    assertEquals(400, upload("empty.txt", "text/plain", new byte[0]).statusCode());
    assertEquals(415, upload("paper.pdf", "application/pdf", "%PDF".getBytes()).statusCode());
    assertEquals(413, upload("big.txt", "text/plain", new byte[(1 << 16) + 1]).statusCode());
    HttpResponse<String> newline = upload("a\nb.txt", "text/plain", "FOLFOX".getBytes());
    assertEquals(400, newline.statusCode());
    assertEquals("The name 'a\\u000ab.txt' holds a control character (a line break, a tab). Give a plain file name, such as"
        + " case-report.txt.", message(newline));
    assertEquals(400, upload("../etc/passwd.txt", "text/plain", "FOLFOX".getBytes()).statusCode());
    try (Stream<Path> files = Files.walk(store)) {
      assertEquals(java.util.List.of(), files.filter(f -> f.toString().contains("latin") || f.toString().contains("big")
          || f.toString().endsWith(".partial")).toList());
    }
  }
}
