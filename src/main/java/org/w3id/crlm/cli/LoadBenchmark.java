package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.web.CrlmServer;

/**
 * A load test of the server as it is started by {@code crlm serve}: many clients at once for a
 * while, each sending a mix of the example questions (6 in 10 requests), guideline checks and
 * patient profiles (2 in 10 each), as fast as the answers come. Prints, per route, the requests,
 * their outcomes (answered, refused over capacity with Retry-After, any other error) and the
 * 50th, 95th and 99th percentile latency; the goal is no error other than reasoning over
 * capacity.
 */
final class LoadBenchmark {
  private final KnowledgeBaseOptions options;
  private final int clients;
  private final Duration length;
  private final PrintWriter out;

  private record Call(String route, HttpRequest request) {}

  private record Outcome(String route, int status, boolean retryAfter, long micros) {}

  LoadBenchmark(KnowledgeBaseOptions options, int clients, Duration length, PrintWriter out) {
    this.options = options;
    this.clients = clients;
    this.length = length;
    this.out = out;
  }

  int run() {
    KnowledgeBase kb = options.build();
    try (CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0), null,
        Corpus.at(options.corpus.directory))) {
      String base = "http://127.0.0.1:" + server.port();
      List<Call> queries = queries(base);
      List<Call> checks = checks(base);
      List<Call> profiles = profiles(base);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      out.printf("load benchmark: %d clients for %d s, %s, %d cores; %d questions, %d drafts, %d profiles%n", clients,
          length.toSeconds(), Runtime.version(), Runtime.getRuntime().availableProcessors(), queries.size(), checks.size(),
          profiles.size());
      out.flush();
      List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      Map<String, Integer> failures = new ConcurrentHashMap<>();
      long end = System.nanoTime() + length.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        running.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            int pick = random.nextInt(10);
            List<Call> kind = pick < 6 ? queries : pick < 8 ? checks : profiles;
            Call call = kind.get(random.nextInt(kind.size()));
            long start = System.nanoTime();
            try {
              HttpResponse<byte[]> response = http.send(call.request(), HttpResponse.BodyHandlers.ofByteArray());
              outcomes.add(new Outcome(call.route(), response.statusCode(), response.headers().firstValue("Retry-After").isPresent(),
                  (System.nanoTime() - start) / 1_000));
            } catch (IOException e) {
              failures.merge(call.route() + ": " + e.getClass().getSimpleName(), 1, Integer::sum);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }));
      }
      for (Future<?> client : running) {
        try {
          client.get();
        } catch (Exception e) {
          throw new CrlmException("A client of the load benchmark failed: " + e.getMessage(), e);
        }
      }
      pool.shutdownNow();
      report(outcomes, failures);
    }
    return 0;
  }

  private void report(List<Outcome> outcomes, Map<String, Integer> failures) {
    out.printf("%-14s %9s %9s %10s %8s %9s %9s %9s %9s%n", "route", "requests", "answered", "busy 503", "errors",
        "p50 ms", "p95 ms", "p99 ms", "max ms");
    Map<String, List<Outcome>> byRoute = new TreeMap<>();
    outcomes.forEach(o -> byRoute.computeIfAbsent(o.route(), r -> new ArrayList<>()).add(o));
    long errors = failures.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> errorStatuses = new TreeMap<>();
    for (var entry : byRoute.entrySet()) {
      List<Outcome> list = entry.getValue();
      long answered = list.stream().filter(o -> o.status() < 400).count();
      long busy = list.stream().filter(o -> o.status() == 503 && o.retryAfter()).count();
      List<Outcome> failed = list.stream().filter(o -> o.status() >= 400 && !(o.status() == 503 && o.retryAfter())).toList();
      failed.forEach(o -> errorStatuses.merge(o.route() + " " + o.status(), 1, Integer::sum));
      errors += failed.size();
      List<Long> micros = list.stream().map(Outcome::micros).sorted().toList();
      out.printf("%-14s %9d %9d %10d %8d %9.1f %9.1f %9.1f %9.1f%n", entry.getKey(), list.size(), answered, busy, failed.size(),
          percentile(micros, 0.50), percentile(micros, 0.95), percentile(micros, 0.99), micros.get(micros.size() - 1) / 1000.0);
    }
    double seconds = length.toMillis() / 1000.0;
    out.printf("throughput: %.1f requests/s; errors other than reasoning over capacity: %d (goal 0)%s%n", outcomes.size() / seconds,
        errors, errors == 0 ? "" : " " + errorStatuses + " " + failures);
    out.flush();
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1)) / 1000.0;
  }

  private static List<Call> queries(String base) {
    return ExampleFiles.list("queries", ".rq").stream().map(file -> new Call("/sparql", HttpRequest.newBuilder(URI.create(
        base + "/sparql?query=" + URLEncoder.encode(ExampleFiles.read(file), StandardCharsets.UTF_8)))
        .header("Accept", "application/sparql-results+json, text/turtle;q=0.9").timeout(Duration.ofSeconds(60)).build())).toList();
  }

  private static List<Call> checks(String base) {
    return ExampleFiles.list("examples/guidelines", "").stream().map(file -> new Call("/api/check", HttpRequest.newBuilder(URI.create(
        base + "/api/check?format=" + file.getFileName().toString().replaceFirst(".*\\.", "").replace("ttl", "turtle")))
        .POST(HttpRequest.BodyPublishers.ofString(ExampleFiles.read(file))).timeout(Duration.ofSeconds(60)).build())).toList();
  }

  private static List<Call> profiles(String base) {
    return ExampleFiles.list("examples/profiles", ".json").stream().map(file -> new Call("/api/profile", HttpRequest.newBuilder(
        URI.create(base + "/api/profile")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ExampleFiles.read(file))).timeout(Duration.ofSeconds(60)).build())).toList();
  }
}
