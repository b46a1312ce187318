package org.w3id.crlm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.file.PathUtils;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.publish.FusekiProcess;
import org.w3id.crlm.publish.GraphStorePublisher;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import org.apache.jena.system.Txn;
import org.w3id.crlm.web.CrlmServer;

/**
 * What the snapshot saves, measured as a user meets it: commands run as processes of their own
 * (wall time, and CPU time with the JVM's start), the server's start-up and memory with stores of
 * several sizes, and queries per second beside Fuseki on the same published data.
 */
final class SnapshotBenchmark {
  private static final String FLAGSHIP = "queries/contraindicated-agents-kras-g12d-rectal.rq";
  private static final Duration WINDOW = Duration.ofMillis(1500);

  private final KnowledgeBaseOptions options;
  private final int runs;
  private final int clients;
  private final PrintWriter out;
  private final Path home = Path.of(System.getProperty("crlm.home", ".")).toAbsolutePath().normalize();

  private final int scaleDocuments;
  private final int scaleClients;
  private final boolean scaleOnly;

  /**
   * @param scaleDocuments documents stored for the comparison with Fuseki at scale (0: none)
   * @param scaleClients concurrent clients of that comparison
   */
  SnapshotBenchmark(KnowledgeBaseOptions options, int runs, int clients, int scaleDocuments, int scaleClients, boolean scaleOnly,
      PrintWriter out) {
    this.scaleOnly = scaleOnly;
    this.options = options;
    this.runs = runs;
    this.clients = clients;
    this.scaleDocuments = scaleDocuments;
    this.scaleClients = scaleClients;
    this.out = out;
  }

  int run() throws Exception {
    Path work = Files.createTempDirectory("crlm-snapshot-bench");
    try {
      Path snapshots = work.resolve("snapshot");
      Path empty = Files.createDirectories(work.resolve("store-0"));
      out.printf("snapshot benchmark: %s, %d cores; commands run as processes (wall, and CPU with the JVM's start)%n",
          Runtime.version(), Runtime.getRuntime().availableProcessors());
      KnowledgeBase kb = options.builder().withAnnotationStore(empty).build();
      if (!scaleOnly) {
        basics(kb, snapshots, empty, work);
      }
      if (scaleDocuments > 0) {
        Path large = work.resolve("store-scale");
        long start = System.nanoTime();
        fill(kb, large, new Store("store-scale", scaleDocuments, 0));
        KnowledgeBase scaled = served(large, snapshots);
        long quads = Txn.calculateRead(scaled.dataset(), () -> scaled.dataset().asDatasetGraph().stream().count());
        out.printf("store of %d documents: %d quads in all, stored and indexed in %d s%n", scaleDocuments, quads,
            (System.nanoTime() - start) / 1_000_000_000);
        compareWithFuseki(scaled, scaleClients, "10g", quads + " quads");
      }
      out.flush();
      return 0;
    } finally {
      PathUtils.deleteDirectory(work);
    }
  }

  /** The figures of an ordinary run: builds, first answers, start-ups by store size, and Fuseki on today's data. */
  private void basics(KnowledgeBase kb, Path snapshots, Path empty, Path work) throws Exception {
      Measured cold = command(List.of(), "build", "--rebuild", "--store", empty.toString(), "--snapshot", snapshots.toString());
      out.printf("%-52s %8d ms wall %8d ms CPU%n", "cold build (crlm build --rebuild)", cold.wallMillis, cold.cpuMillis);
      List<Measured> answers = new ArrayList<>();
      for (int i = 0; i < Math.max(1, runs); i++) {
        answers.add(command(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+AutoCreateSharedArchive",
            "-XX:SharedArchiveFile=" + home.resolve("target/crlm.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
            "query", "--store", empty.toString(), "--snapshot", snapshots.toString(), home.resolve(FLAGSHIP).toString()));
      }
      answers.sort((a, b) -> Long.compare(a.cpuMillis, b.cpuMillis));
      Measured median = answers.get(answers.size() / 2);
      out.printf("%-52s %8d ms wall %8d ms CPU (median of %d)%n", "first answer from a valid snapshot (crlm query)",
          median.wallMillis, median.cpuMillis, answers.size());

      for (Store store : List.of(new Store("store-0", 0, 0), new Store("store-100", 100, 0), new Store("store-1000", 1000, 0),
          new Store("store-25mb", 0, 25))) {
        Path dir = work.resolve(store.name);
        fill(kb, dir, store);
        // The first start indexes the store's files; later starts open the index as it is.
        for (String start : List.of("first start", "next start")) {
          Started started = serve(dir, snapshots);
          out.printf("%-64s %8d ms ready %6d MB RSS%n", "server on a valid snapshot, " + store.describe() + ", " + start,
              started.readyMillis, started.rssMb);
          started.process.destroy();
          started.process.waitFor();
        }
      }
      // The server as it runs: opened from the snapshot, the store's graphs linked from its index.
      compareWithFuseki(served(empty, snapshots), clients, "2g", "today's data");
  }

  private record Store(String name, int documents, int megabytes) {
    String describe() {
      return megabytes > 0 ? "one " + megabytes + " MB document stored" : documents + " documents stored";
    }
  }

  private record Measured(long wallMillis, long cpuMillis) {}

  private record Started(Process process, long readyMillis, long rssMb) {}

  /** Runs a command of this program in a process of its own; its wall time and the CPU time it reports. */
  private Measured command(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = java(jvmOptions);
    command.add("-D" + Main.CPU_REPORT + "=true");
    command.add("org.w3id.crlm.cli.Main");
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long cpu = -1;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith("cpu-ms ")) {
          cpu = Long.parseLong(line.substring(7).strip());
        }
      }
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0 || cpu < 0) {
      throw new CrlmException("The benchmark's command %s failed (exit code %d).".formatted(String.join(" ", args), exit));
    }
    return new Measured(wall, cpu);
  }

  private List<String> java(List<String> jvmOptions) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(jvmOptions);
    command.add("-Dcrlm.home=" + home);
    command.add("-Dorg.slf4j.simpleLogger.log.org.w3id.crlm=warn");
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    return command;
  }

  /** Stores the documents of a store as ingest would: copies of the corpus documents, or one large document. */
  private void fill(KnowledgeBase kb, Path dir, Store store) {
    IngestService ingest = new IngestService(new TextAnalyzer(kb.dictionary()), new AnnotationStore(dir), null, CrlmVersion.get());
    DocumentReader reader = new DocumentReader(Long.MAX_VALUE);
    List<TextDocument> corpus = DocumentReader.documentsIn(options.corpus.directory, false).stream().map(reader::read).toList();
    for (int i = 0; i < store.documents; i++) {
      TextDocument original = corpus.get(i % corpus.size());
      ingest.ingest(reader.decode("copy-" + i + "-" + original.fileName(), original.text().getBytes(StandardCharsets.UTF_8)));
    }
    if (store.megabytes > 0) {
      StringBuilder large = new StringBuilder();
      for (int i = 0; large.length() < store.megabytes * 1024 * 1024; i++) {
        large.append(corpus.get(i % corpus.size()).text()).append("\n\n");
      }
      ingest.ingest(reader.decode("large.txt", large.toString().getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** Starts the server on a store and the shared snapshot; returns once /sparql answers, with the process's resident memory then. */
  private Started serve(Path store, Path snapshots) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = java(List.of());
    command.addAll(List.of("org.w3id.crlm.cli.Main", "serve", "--read-only", "--port", Integer.toString(port),
        "--store", store.toString(), "--snapshot", snapshots.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI ask = URI.create("http://127.0.0.1:" + port + CrlmServer.SPARQL_PATH + "?query=ASK%7B%7D");
    while (true) {
      if (!process.isAlive()) {
        throw new CrlmException("The server did not start (exit code %d).".formatted(process.exitValue()));
      }
      try {
        if (client.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    long ready = (System.nanoTime() - start) / 1_000_000;
    return new Started(process, ready, rssMb(process.pid()));
  }

  private static long rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /**
   * Queries per second of this server and of Fuseki on the same data (the knowledge base
   * published to it), question by question: row counts compared first, then each side asked by
   * the same clients for the same time, alternately.
   */
  private KnowledgeBase served(Path store, Path snapshots) {
    return new SnapshotDirectory(snapshots, notice -> {}).open(options.builder().withAnnotationStore(store), false);
  }

  private void compareWithFuseki(KnowledgeBase kb, int clients, String fusekiHeap, String data) throws Exception {
    try (FusekiProcess fuseki = FusekiProcess.start(home.resolve("target/fuseki/fuseki-server.jar"), "crlm", List.of("-Xmx" + fusekiHeap));
        CrlmServer server = CrlmServer.start(kb, CrlmServer.ServerSettings.defaults("127.0.0.1", 0), null, Corpus.at(options.corpus.directory))) {
      new GraphStorePublisher(fuseki.datasetUrl(), GraphStorePublisher.defaultClient()).publishAll(kb.dataset(), true);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String ours = "http://127.0.0.1:" + server.port() + CrlmServer.SPARQL_PATH + "?query=";
      String theirs = fuseki.queryEndpoint() + "?query=";
      out.printf("queries per second beside Fuseki (%s, the same in both; %d clients, %d ms each side, alternately):%n", data, clients,
          WINDOW.toMillis());
      out.printf("%-52s %8s %8s %6s %6s%n", "question", "crlm", "Fuseki", "ratio", "rows");
      double logSum = 0;
      int compared = 0;
      int failed = 0;
      double lowest = Double.MAX_VALUE;
      for (Path file : ExampleFiles.list("queries", ".rq")) {
        String text = ExampleFiles.read(file);
        if (text.contains("crlm:quote(")) {
          continue;
        }
        String query = URLEncoder.encode(SparqlQueries.parse(text).serialize(), StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        int rows;
        double a;
        double b;
        try {
          rows = rows(client, ours + query);
          if (rows != rows(client, theirs + query)) {
            throw new CrlmException("Fuseki and this server give different row counts for " + file);
          }
          a = perSecond(client, ours + query, clients);
          b = perSecond(client, theirs + query, clients);
        } catch (RuntimeException | java.util.concurrent.ExecutionException e) {
          // Said and counted, so that one failure under load does not hide the other questions' figures.
          failed++;
          out.printf("%-52s failed: %s (Fuseki %s)%n", name, rootMessage(e), fuseki.isAlive() ? "running" : "stopped");
          continue;
        }
        logSum += Math.log(a / b);
        lowest = Math.min(lowest, a / b);
        compared++;
        out.printf("%-52s %8.1f %8.1f %6.2f %6d%n", name, a, b, a / b, rows);
      }
      out.printf("geometric mean of the ratios over %d questions: %.2fx Fuseki; lowest %.2fx%s%n", compared, Math.exp(logSum / compared), lowest,
          failed == 0 ? "" : "; " + failed + " question(s) failed");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static int rows(HttpClient client, String url) {
    String csv = ask(client, url, "text/csv, text/plain;q=0.5, application/n-triples;q=0.4");
    return (int) csv.lines().count();
  }

  /**
   * Answers a second: the clients ask until the window ends, and the answers are counted over the
   * time until the last one came (a question slower than the window is not capped at one answer
   * per client and window).
   */
  private static double perSecond(HttpClient client, String url, int clients) throws Exception {
    for (int i = 0; i < 3; i++) {
      ask(client, url, "application/sparql-results+json, application/n-triples;q=0.9");
    }
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    long end = start + WINDOW.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            ask(client, url, "application/sparql-results+json, application/n-triples;q=0.9");
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static String ask(HttpClient client, String url, String accept) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new CrlmException("%d from %s".formatted(response.statusCode(), url.substring(0, Math.min(80, url.length()))));
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrlmException("Interrupted", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
