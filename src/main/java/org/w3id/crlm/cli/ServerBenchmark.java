package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.web.CrlmServer;

/**
 * Latency of every question in queries/ against the running server, over HTTP as a client sees
 * it (median and 95th percentile after a warm-up), and the throughput of several clients asking
 * them at once; with the time from start to ready.
 */
final class ServerBenchmark {
  private static final Duration THROUGHPUT_WINDOW = Duration.ofSeconds(5);

  private final KnowledgeBaseOptions options;
  private final int runs;
  private final int clients;
  private final PrintWriter out;

  ServerBenchmark(KnowledgeBaseOptions options, int runs, int clients, PrintWriter out) {
    this.options = options;
    this.runs = runs;
    this.clients = clients;
    this.out = out;
  }

  int run() {
    long start = System.nanoTime();
    KnowledgeBase kb = options.build();
    try (CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0),
        null, Corpus.at(options.corpus.directory))) {
      long ready = (System.nanoTime() - start) / 1_000_000;
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + CrlmServer.SPARQL_PATH + "?query=";
      List<Path> queries = ExampleFiles.list("queries", ".rq");
      out.printf("server benchmark: %d question(s), %d run(s) each after %d warm-up, %s, %d cores; start-up to ready %d ms%n",
          queries.size(), runs, 2, Runtime.version(), Runtime.getRuntime().availableProcessors(), ready);
      out.printf("%-60s %10s %10s%n", "question", "median", "p95");
      List<String> urls = new ArrayList<>();
      for (Path query : queries) {
        String url = base + URLEncoder.encode(ExampleFiles.read(query), StandardCharsets.UTF_8);
        urls.add(url);
        for (int i = 0; i < 2; i++) {
          ask(client, url);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          ask(client, url);
          millis.add((System.nanoTime() - t) / 1e6);
        }
        millis.sort(null);
        out.printf("%-60s %7.1f ms %7.1f ms%n", query.getFileName().toString().replaceFirst("\\.rq$", ""),
            millis.get(millis.size() / 2), millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1)));
      }
      out.printf("throughput with %d concurrent clients: %.1f queries/s%n", clients, throughput(client, urls));
      String page = "http://127.0.0.1:" + server.port() + "/ui/";
      List<Double> pageMillis = new ArrayList<>();
      for (int i = 0; i < runs + 2; i++) {
        long t = System.nanoTime();
        for (String asset : List.of("", "app.js", "app.css", "vendor/codemirror/codemirror.js", "vendor/codemirror/codemirror.css",
            "vendor/codemirror/sparql.js")) {
          ask(client, page + asset);
        }
        ask(client, "http://127.0.0.1:" + server.port() + "/api/questions");
        if (i >= 2) {
          pageMillis.add((System.nanoTime() - t) / 1e6);
        }
      }
      pageMillis.sort(null);
      out.printf("UI first page (page, script, styles, editor, question list): %.1f ms median%n", pageMillis.get(pageMillis.size() / 2));
      out.flush();
    }
    return 0;
  }

  private double throughput(HttpClient client, List<String> urls) {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + THROUGHPUT_WINDOW.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        futures.add(pool.submit(() -> {
          for (int i = offset; System.nanoTime() < end; i++) {
            ask(client, urls.get(i % urls.size()));
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new CrlmException("The throughput run failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    return done.get() / (double) THROUGHPUT_WINDOW.toSeconds();
  }

  private static void ask(HttpClient client, String url) {
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
          .header("Accept", "application/sparql-results+json, text/turtle;q=0.9").build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new CrlmException("The server answered %d to %s".formatted(response.statusCode(), url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrlmException("Interrupted", e);
    }
  }
}
