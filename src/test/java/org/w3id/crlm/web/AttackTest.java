package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;

/**
 * The server attacked from outside, over HTTP, by a client that sends whatever bytes it likes.
 * The requests of src/test/resources/attacks/requests.json each give the exact status, the form
 * of the error body (the server's JSON or text error with its request id, never a framework
 * page), its message, and must be answered within the route's deadline plus one second; after
 * each, the server still answers ASK {} at once. The attacks that need a client acting over time
 * (a slow sender, a huge chunked upload, a silent connection, a crowd) are the tests below.
 */
class AttackTest {
  static final String TOKEN = "attack-test-token-0123456789";
  private static final Duration QUERY = Duration.ofSeconds(3);
  private static final Duration REASONING = Duration.ofSeconds(4);
  private static final Duration UPLOAD = Duration.ofSeconds(4);
  private static final Duration IDLE = Duration.ofSeconds(2);
  private static final int MAX_DOCUMENT = 256 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path store;
  private static CrlmServer server;

  @BeforeAll
  static void start() {
    var kb = TestKnowledgeBase.get();
    server = CrlmServer.start(kb, settings(), new IngestService(new TextAnalyzer(kb.dictionary()), new AnnotationStore(store),
        TestKnowledgeBase.corpusDirectory(), "test"), Corpus.at(TestKnowledgeBase.corpusDirectory()));
  }

  private static CrlmServer.ServerSettings settings() {
    return CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withTimeouts(QUERY, REASONING, UPLOAD, IDLE)
        .withSizeLimits(1 << 20, MAX_DOCUMENT).withWriteToken(TOKEN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyAttackIsRefusedInTheServersOwnFormWithinItsDeadline() throws IOException {
    JsonNode cases = JSON.readTree(TestKnowledgeBase.home().resolve("src/test/resources/attacks/requests.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode attack : cases) {
      tests.add(DynamicTest.dynamicTest(attack.get("name").asText(), () -> attack(attack)));
    }
    return tests.stream();
  }

  private static void attack(JsonNode attack) throws IOException {
    String method = attack.has("method") ? attack.get("method").asText() : "";
    String target = placeholders(attack.get("path").asText());
    if (attack.has("params")) {
      List<String> pairs = new ArrayList<>();
      attack.get("params").fields().forEachRemaining(e -> pairs.add(e.getKey() + "="
          + URLEncoder.encode(placeholders(e.getValue().asText()), StandardCharsets.UTF_8)));
      target += "?" + String.join("&", pairs) + (attack.has("paramsExtra") ? attack.get("paramsExtra").asText() : "");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (attack.has("headers")) {
      attack.get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), placeholders(e.getValue().asText())));
    }
    byte[] body = body(attack);
    byte[] request = attack.has("raw") ? attack.get("raw").asText().getBytes(StandardCharsets.ISO_8859_1)
        : RawHttp.request(method, target, headers, body);
    RawHttp.Response response = RawHttp.send(server.port(), request, Duration.ofSeconds(30));

    String where = attack.get("name").asText() + ": " + response.status() + " " + response.text();
    assertEquals(attack.get("status").asInt(), response.status(), where);
    long allowed = attack.has("maxSeconds") ? attack.get("maxSeconds").asLong() * 1000 : limitOf(target).plusSeconds(1).toMillis();
    assertTrue(response.millis() <= allowed, where + " took " + response.millis() + " ms, over " + allowed);
    String id = response.header("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id: " + where));
    if (attack.has("form")) {
      String message = switch (attack.get("form").asText()) {
        case "json" -> jsonError(response, id, where);
        case "text" -> textError(response, id, where);
        default -> throw new AssertionError("Unknown form in " + where);
      };
      if (attack.has("message")) {
        assertEquals(placeholders(attack.get("message").asText()), message, where);
      }
      if (attack.has("messageStartsWith")) {
        assertTrue(message.startsWith(placeholders(attack.get("messageStartsWith").asText())), where);
      }
    }
    if (attack.has("responseHeaders")) {
      attack.get("responseHeaders").fields().forEachRemaining(e ->
          assertEquals(e.getValue().asText(), response.header(e.getKey()).orElse(null), where));
    }
    if (attack.has("contentType")) {
      assertTrue(response.header("Content-Type").orElse("").startsWith(attack.get("contentType").asText()), where);
    }
    if (attack.has("body200")) {
      assertEquals(attack.get("body200").asText(), response.text(), where);
    }
    assertStillAnswers();
  }

  /** The message of a JSON error, checked for its form: status, reason, code, message and the request id of the header. */
  private static String jsonError(RawHttp.Response response, String id, String where) throws IOException {
    assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), where);
    JsonNode error = JSON.readTree(response.body());
    assertEquals(List.of("status", "error", "code", "message", "requestId"), fieldNames(error), where);
    assertEquals(response.status(), error.get("status").asInt(), where);
    assertTrue(error.get("code").asText().matches("CRLM-E\\d\\d"), where);
    assertEquals(id, error.get("requestId").asText(), where);
    return error.get("message").asText();
  }

  /** The message of a text error, checked for its form: the message, its code, then the request id of the header. */
  private static String textError(RawHttp.Response response, String id, String where) {
    assertTrue(response.header("Content-Type").orElse("").startsWith("text/plain"), where);
    String text = response.text();
    String tail = "\nRequest id: " + id + "\n";
    assertTrue(text.endsWith(tail), where);
    String message = text.substring(0, text.length() - tail.length());
    assertTrue(message.matches("(?s).*\nError code: CRLM-E\\d\\d"), where + ": " + message);
    message = message.substring(0, message.lastIndexOf("\nError code: "));
    assertFalse(message.contains("Exception") || message.contains("<html") || message.contains("jetty"), where);
    return message;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] body(JsonNode attack) throws IOException {
    if (attack.has("body")) {
      return placeholders(attack.get("body").asText()).getBytes(StandardCharsets.UTF_8);
    }
    if (attack.has("bodyFile")) {
      return placeholders(Files.readString(TestKnowledgeBase.home().resolve("src/test/resources").resolve(attack.get("bodyFile").asText())))
          .getBytes(StandardCharsets.UTF_8);
    }
    if (attack.has("bodyHex")) {
      return HexFormat.of().parseHex(attack.get("bodyHex").asText());
    }
    if (attack.has("bodyRepeat")) {
      JsonNode r = attack.get("bodyRepeat");
      int times = r.get("times").asInt();
      return (r.get("prefix").asText() + r.get("unit").asText().repeat(times) + r.get("suffix").asText()
          + r.get("close").asText().repeat(times) + r.get("end").asText()).getBytes(StandardCharsets.UTF_8);
    }
    return null;
  }

  /** {port}, {token}, and {repeat:TEXT:N} for TEXT repeated N times. */
  private static String placeholders(String text) {
    java.util.regex.Matcher repeat = java.util.regex.Pattern.compile("\\{repeat:([^:}]*):(\\d+)}").matcher(text);
    String expanded = repeat.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
    return expanded.replace("{port}", String.valueOf(server.port())).replace("{token}", TOKEN);
  }

  private static Duration limitOf(String target) {
    String path = target.split("\\?", 2)[0];
    if (path.equals("/api/documents")) {
      return UPLOAD;
    }
    return path.equals("/api/check") || path.equals("/api/profile") || path.equals("/api/explain") ? REASONING : QUERY;
  }

  /** The server answers a trivial query at once. */
  private static void assertStillAnswers() throws IOException {
    RawHttp.Response ask = RawHttp.send(server.port(), RawHttp.request("GET", "/sparql?query=ASK%20%7B%7D",
        Map.of("Accept", "text/csv"), null), Duration.ofSeconds(5));
    assertEquals(200, ask.status(), ask.text());
    assertEquals("_askResult\r\ntrue\r\n", ask.text());
    assertTrue(ask.millis() < 2000, "ASK {} took " + ask.millis() + " ms");
  }

  private static byte[] upload(String name, String body) {
    return RawHttp.request("POST", "/api/documents?name=" + name,
        Map.of("Content-Type", "text/plain", "Authorization", "Bearer " + TOKEN), body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends an upload's head, then its body {@code bytes} at a time every {@code pauseMillis}, until
   * the server answers; returns the answer, timed from the first byte sent.
   */
  private static CompletableFuture<RawHttp.Response> sendSlowly(String name, int bytes, long pauseMillis) {
    return CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/documents?name=" + name + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
            + "\r\nContent-Type: text/plain\r\nContent-Length: " + MAX_DOCUMENT + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.setSoTimeout((int) pauseMillis);
        for (long sent = 0; sent < MAX_DOCUMENT; sent += bytes) {
          try {
            out.write("a".repeat(bytes).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            int first = socket.getInputStream().read();
            if (first >= 0) {
              socket.setSoTimeout(5_000);
              byte[] rest = RawHttp.readAll(socket.getInputStream());
              byte[] all = new byte[rest.length + 1];
              all[0] = (byte) first;
              System.arraycopy(rest, 0, all, 1, rest.length);
              return RawHttp.parse(all, (System.nanoTime() - start) / 1_000_000);
            }
          } catch (java.net.SocketTimeoutException stillReading) {
            // No answer yet: send the next bytes.
          }
        }
        throw new AssertionError("No answer to a slow upload");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
  }

  @Test
  void aTricklingSenderIsCutAtOnceAndHoldsNoOtherUploadBack() throws Exception {
    CompletableFuture<RawHttp.Response> trickle = sendSlowly("trickle.txt", 1, 300);
    Thread.sleep(500);
    RawHttp.Response other = RawHttp.send(server.port(), upload("not-held-back.txt", "FOLFOX was given."), Duration.ofSeconds(10));
    assertEquals(201, other.status(), other.text());
    assertTrue(other.millis() < 2_000, "the second upload waited " + other.millis() + " ms");
    RawHttp.Response cut = trickle.get();
    assertEquals(408, cut.status(), cut.text());
    assertEquals("The request body arrives too slowly: under 1024 bytes a second, the least this server waits for. Send it at once.",
        jsonError(cut, cut.header("X-Request-Id").orElseThrow(), "trickle"));
    assertTrue(cut.millis() < 2_500, cut.millis() + " ms");
    assertFalse(Files.exists(store.resolve("annotations/upload/trickle.nt")));
    assertStillAnswers();
  }

  @Test
  void aSteadyButEndlessSenderIsCutAtTheDeadline() throws Exception {
    RawHttp.Response cut = sendSlowly("steady.txt", 400, 100).get();
    assertEquals(503, cut.status(), cut.text());
    assertEquals("Reading the request body was stopped at the time limit of 4 s; nothing was changed. Send a smaller request,"
        + " or start the server with a higher --upload-timeout.", jsonError(cut, cut.header("X-Request-Id").orElseThrow(), "steady"));
    assertTrue(cut.millis() >= UPLOAD.toMillis() - 500 && cut.millis() <= UPLOAD.plusSeconds(1).toMillis(), cut.millis() + " ms");
    assertFalse(Files.exists(store.resolve("annotations/upload/steady.nt")));
    assertStillAnswers();
  }

  @Test
  void aHugeChunkedUploadIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
    long start = System.nanoTime();
    long sent = 0;
    RawHttp.Response response = null;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/documents?name=huge.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
          + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      socket.setSoTimeout(5_000);
      try {
        while (sent < 300L * 1024 * 1024 && socket.getInputStream().available() == 0) {
          out.write(chunk);
          sent += 0x10000;
        }
      } catch (IOException closedByServer) {
        // The server answered and closed while the client was still sending.
      }
      response = RawHttp.parse(RawHttp.readAll(socket.getInputStream()), (System.nanoTime() - start) / 1_000_000);
    }
    assertEquals(413, response.status(), response.text());
    assertEquals("The request body is more than 262144 bytes, over the limit of 262144 bytes for this route.",
        jsonError(response, response.header("X-Request-Id").orElseThrow(), "chunked"));
    assertTrue(sent < 64L * 1024 * 1024, "the server read " + sent + " bytes before refusing");
    assertTrue(response.millis() < 3_000, response.millis() + " ms");
    assertStillAnswers();
  }

  @Test
  void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
      socket.setSoTimeout(10_000);
      long start = System.nanoTime();
      byte[] rest = RawHttp.readAll(socket.getInputStream());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis <= IDLE.plusSeconds(1).toMillis(), "closed after " + millis + " ms");
      assertTrue(rest.length == 0 || new String(rest, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 408"), new String(rest));
    }
    assertStillAnswers();
  }

  @Test
  void reasoningOverCapacityIsA503WithRetryAfterAtOnce() throws Exception {
    String explode = Files.readString(TestKnowledgeBase.fixture("explode-draft.ttl"));
    byte[] request = RawHttp.request("POST", "/api/check", Map.of("Content-Type", "text/turtle"), explode.getBytes(StandardCharsets.UTF_8));
    List<CompletableFuture<RawHttp.Response>> busy = new ArrayList<>();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(2);
    for (int i = 0; i < 2; i++) {
      busy.add(CompletableFuture.supplyAsync(() -> {
        try {
          return RawHttp.send(server.port(), request, Duration.ofSeconds(30));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, clients));
    }
    clients.shutdown();
    Thread.sleep(1_000);
    RawHttp.Response over = RawHttp.send(server.port(), request, Duration.ofSeconds(30));
    assertEquals(503, over.status(), over.text());
    assertEquals("2", over.header("Retry-After").orElseThrow());
    assertEquals("The server is busy: it is already reasoning for 2 request(s), its capacity. Try again in 2 s.",
        jsonError(over, over.header("X-Request-Id").orElseThrow(), "over capacity"));
    assertTrue(over.millis() < 1_000, over.millis() + " ms");
    for (CompletableFuture<RawHttp.Response> request1 : busy) {
      RawHttp.Response stopped = request1.get();
      assertEquals(503, stopped.status(), stopped.text());
      assertTrue(stopped.millis() <= REASONING.plusSeconds(1).toMillis(), stopped.millis() + " ms");
    }
    assertStillAnswers();
  }

  @Test
  void aRunawayRegularExpressionLeavesNoThreadBehind() throws Exception {
    String query = "SELECT * WHERE { VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(REGEX(?s, \"^((a+)+)+$\")) }";
    RawHttp.Response response = RawHttp.send(server.port(), RawHttp.request("GET",
        "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), Map.of(), null), Duration.ofSeconds(30));
    assertEquals(503, response.status(), response.text());
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Thread.sleep(300);
    long before = os.getProcessCpuTime();
    Thread.sleep(2_000);
    long cpuMillis = (os.getProcessCpuTime() - before) / 1_000_000;
    assertTrue(cpuMillis < 1_000, "the process used " + cpuMillis + " ms of CPU in 2 s after the query was stopped");
  }

  @Test
  void leftoversOfKilledUploadsAreSweptAtStart(@TempDir Path leftovers) throws Exception {
    Files.createDirectories(leftovers.resolve("annotations/upload"));
    Files.createDirectories(leftovers.resolve("documents"));
    Files.writeString(leftovers.resolve("annotations/upload/.killed.nt1234.partial"), "<a> <b> ");
    Files.writeString(leftovers.resolve("documents/.abc.txt99.partial"), "half a docu");
    Files.writeString(leftovers.resolve("documents/0123abcd.txt"), "a copy no annotation refers to");
    var kb = TestKnowledgeBase.get();
    IngestService ingest = new IngestService(new TextAnalyzer(kb.dictionary()), new AnnotationStore(leftovers),
        TestKnowledgeBase.corpusDirectory(), "test");
    try (CrlmServer restarted = CrlmServer.start(kb, settings(), ingest, null)) {
      try (Stream<Path> files = Files.walk(leftovers)) {
        assertEquals(List.of(".lock"), files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList());
      }
      RawHttp.Response kept = RawHttp.send(restarted.port(), upload("kept.txt", "FOLFOX was given."), Duration.ofSeconds(10));
      assertEquals(201, kept.status(), kept.text());
    }
    try (Stream<Path> files = Files.walk(leftovers)) {
      assertEquals(List.of(".lock", "annotations/upload/kept.nt", "documents/" + sha256("FOLFOX was given.") + ".txt"),
          files.filter(Files::isRegularFile).map(f -> leftovers.relativize(f).toString()).sorted().toList());
    }
  }

  private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
