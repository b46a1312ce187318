package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;

/** POST /api/documents: an upload is ingested and its graph is queryable at once; bad input is refused. */
class DocumentUploadTest {
  @TempDir static Path store;
  private static CrlmServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    var kb = TestKnowledgeBase.get();
    var analyzer = new TextAnalyzer(kb.dictionary());
    server = CrlmServer.start(kb, new CrlmServer.ServerSettings("127.0.0.1", 0, Duration.ofSeconds(10), 1 << 20, 1 << 16),
        new IngestService(analyzer, new AnnotationStore(store), TestKnowledgeBase.corpusDirectory(), "test"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String name, String type, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"
        + (name == null ? "" : "?name=" + name))).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUploadedDocumentIsIngestedAndQueryable() throws Exception {
    HttpResponse<String> response = post("upload-test.txt", "text/plain", "FOLFOX was given to the patient.".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, response.statusCode());
    assertEquals("{\"document\": \"upload-test.txt\", \"graph\": \"https://w3id.org/crlm/graph/annotations/upload-test\","
        + " \"sentences\": 1, \"mentions\": {\"regimen\": 1}, \"numericClaims\": 0, \"suggestions\": 0}", response.body().strip());
    String query = "SELECT ?entity WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/upload-test> { ?m oa:hasBody ?entity } }";
    HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("entity\r\nhttps://w3id.org/crlm/FOLFOX\r\n", answer.body());
  }

  @Test
  void badUploadsAreRefusedWithTheReason() throws Exception {
    assertEquals(400, post(null, "text/plain", "FOLFOX".getBytes()).statusCode());
    HttpResponse<String> latin1 = post("latin.txt", "text/plain", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(400, latin1.statusCode());
    assertEquals("latin.txt is not UTF-8: byte 3 (line 1) is 0xE9, which UTF-8 does not allow there. Convert the file,"
        + " e.g. iconv -f latin1 -t utf-8 latin.txt > converted.txt", latin1.body().strip());
    assertEquals(400, post("empty.txt", "text/plain", new byte[0]).statusCode());
    assertEquals(415, post("paper.pdf", "application/pdf", "%PDF".getBytes()).statusCode());
    assertEquals(413, post("big.txt", "text/plain", new byte[(1 << 16) + 1]).statusCode());
  }
}
