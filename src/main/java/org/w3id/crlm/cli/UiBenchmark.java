package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.web.CrlmServer;

/**
 * The web UI's weight and first render on a cold cache: each page opened in Debian's headless
 * chromium with a fresh profile (nothing cached), driven over the DevTools protocol; printed are
 * the first contentful paint, the time until the page's content is rendered (the UI's own
 * performance mark), for the query page with a question until its answer is drawn, and the bytes
 * transferred and decoded. Everything is served by the server itself.
 */
final class UiBenchmark {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String FLAGSHIP = "queries/contraindicated-agents-kras-g12d-rectal.rq";
  /** What the page reports once it is drawn: paint, the UI's marks, and the bytes of every response. */
  private static final String METRICS = """
      JSON.stringify((() => {
        const mark = n => { const m = performance.getEntriesByName(n); return m.length ? Math.round(m[0].startTime) : -1; };
        const paint = performance.getEntriesByName("first-contentful-paint");
        const all = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
        return { fcp: paint.length ? Math.round(paint[0].startTime) : -1, rendered: mark("crlm-rendered"), answer: mark("crlm-answer"),
          transferred: all.reduce((s, e) => s + (e.transferSize || 0), 0), decoded: all.reduce((s, e) => s + (e.decodedBodySize || 0), 0),
          requests: all.length, outside: all.filter(e => !e.name.startsWith(location.origin)).length };
      })())""";

  private final KnowledgeBaseOptions options;
  private final int runs;
  private final PrintWriter out;

  UiBenchmark(KnowledgeBaseOptions options, int runs, PrintWriter out) {
    this.options = options;
    this.runs = runs;
    this.out = out;
  }

  int run() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new CrlmException("The UI benchmark needs Debian's chromium at " + CHROMIUM + ": apt-get install chromium.");
    }
    KnowledgeBase kb = options.build();
    try (CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0), null,
        Corpus.at(options.corpus.directory))) {
      String base = "http://127.0.0.1:" + server.port() + "/ui/";
      String flagship = URLEncoder.encode(Files.readString(Path.of(FLAGSHIP)), StandardCharsets.UTF_8).replace("+", "%20");
      Map<String, String> pages = new java.util.LinkedHashMap<>();
      pages.put("query page", base + "#/query");
      pages.put("query page, flagship answer", base + "#/query?q=" + flagship);
      pages.put("entity page (case 003's cancer)", base + "#/entity?iri=https%3A%2F%2Fw3id.org%2Fcrlm%2Fcase%2F003-cancer");
      pages.put("check page", base + "#/check");
      pages.put("profile page", base + "#/profile");
      pages.put("figures page", base + "#/figures");
      out.printf("web UI on a cold cache (headless chromium, a fresh profile each time; median of %d):%n", runs);
      out.printf("%-34s %8s %10s %10s %10s %10s %9s%n", "page", "FCP ms", "render ms", "answer ms", "KB sent", "KB decoded", "requests");
      for (Map.Entry<String, String> page : pages.entrySet()) {
        List<JsonObject> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          measured.add(open(page.getValue(), page.getKey().contains("answer")));
        }
        measured.sort(Comparator.comparingLong(m -> number(m, "rendered")));
        JsonObject median = measured.get(measured.size() / 2);
        if (number(median, "outside") > 0) {
          throw new CrlmException("The " + page.getKey() + " asked " + number(median, "outside") + " resource(s) of another server.");
        }
        out.printf("%-34s %8d %10d %10s %10.0f %10.0f %9d%n", page.getKey(), number(median, "fcp"), number(median, "rendered"),
            number(median, "answer") < 0 ? "-" : Long.toString(number(median, "answer")), number(median, "transferred") / 1024.0,
            number(median, "decoded") / 1024.0, number(median, "requests"));
      }
    }
    out.flush();
    return 0;
  }

  private static long number(JsonObject json, String key) {
    return json.get(key).getAsNumber().value().longValue();
  }

  /** Opens the page in a fresh browser and returns its metrics once it is rendered (and answered, if asked). */
  private static JsonObject open(String url, boolean waitForAnswer) throws Exception {
    Path profile = Files.createTempDirectory("crlm-ui-bench");
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,1000", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      int port = devToolsPort(profile);
      HttpClient http = HttpClient.newHttpClient();
      String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String socket = JSON.parseAny(targets).getAsArray().stream().map(JsonValue::getAsObject)
          .filter(t -> t.get("type").getAsString().value().equals("page")).findFirst().orElseThrow()
          .get("webSocketDebuggerUrl").getAsString().value();
      try (DevTools devTools = new DevTools(http, socket)) {
        devTools.call("Page.navigate", "{\"url\":" + JSON.toStringFlat(new JsonString(url)) + "}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
          JsonObject metrics = devTools.metrics();
          if (metrics != null && number(metrics, "rendered") >= 0 && number(metrics, "fcp") >= 0
              && (!waitForAnswer || number(metrics, "answer") >= 0)) {
            Thread.sleep(300); // the last responses' sizes
            return devTools.metrics();
          }
          Thread.sleep(50);
        }
        throw new CrlmException("The page " + url + " was not rendered within 60 s.");
      }
    } finally {
      chromium.destroy();
      chromium.waitFor(10, TimeUnit.SECONDS);
      PathUtils.deleteDirectory(profile);
    }
  }

  /** The port chromium chose, from the file it writes in its profile directory. */
  private static int devToolsPort(Path profile) throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    for (int i = 0; i < 200; i++) {
      if (Files.isRegularFile(file) && Files.size(file) > 0) {
        return Integer.parseInt(Files.readAllLines(file).get(0).strip());
      }
      Thread.sleep(50);
    }
    throw new CrlmException("chromium did not open its DevTools port (no " + file + " after 10 s).");
  }

  /** A DevTools protocol session over a WebSocket: a call sends a method and waits for its result. */
  private static final class DevTools implements AutoCloseable {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    DevTools(HttpClient http, String url) {
      this.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
          message.append(data);
          if (last) {
            JsonObject json = JSON.parse(message.toString());
            message.setLength(0);
            if (json.hasKey("id")) {
              CompletableFuture<JsonObject> waiting = pending.remove(json.get("id").getAsNumber().value().intValue());
              if (waiting != null) {
                waiting.complete(json);
              }
            }
          }
          webSocket.request(1);
          return null;
        }
      }).join();
    }

    /** The page's {@link #METRICS}, or null before the page can tell them. */
    JsonObject metrics() throws Exception {
      JsonObject result = call("Runtime.evaluate", "{\"expression\":" + JSON.toStringFlat(new JsonString(METRICS)) + ",\"returnByValue\":true}");
      JsonValue value = result.get("result").getAsObject().get("result").getAsObject().get("value");
      return value != null && value.isString() ? JSON.parse(value.getAsString().value()) : null;
    }

    JsonObject call(String method, String params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonObject> answer = new CompletableFuture<>();
      pending.put(id, answer);
      socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
      return answer.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
  }
}
