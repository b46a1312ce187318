package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.crlm.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Time each phase of building the knowledge base, or ingest throughput.",
      "Builds it several times in this JVM and prints the first (cold) run, as a user's start-up",
      "sees it, and the median of the others. With --ingest: ingests the corpus documents, copied",
      "until they make --size-mb of text, into a temporary store on one thread, and prints MB/s",
      "and peak heap. With --explain: the time to the first justification of a few entailments,",
      "after a warm-up, median and worst of --runs. With --cohort: patients per second of cohort reasoning."
    })
final class BenchmarkCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "5", description = "Number of builds (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--ingest", description = "Benchmark ingest instead of the build.")
  boolean ingest;

  @Option(names = "--explain", description = "Benchmark explanations instead of the build: time to the first justification.")
  boolean explain;

  @Option(names = "--services", description = "Benchmark the reasoning services instead of the build: profiles and a 20-row draft.")
  boolean services;

  @Option(names = "--server", description = "Benchmark the running server instead of the build: latency of every question in queries/ and throughput.")
  boolean server;

  @Option(names = "--snapshot-figures", description = "Benchmark the snapshot instead of the build: cold build, first answer from a snapshot"
      + " (as processes, wall and CPU), server start-up and RSS with 0, 100 and 1,000 stored documents and one 25 MB document,"
      + " and queries per second beside Fuseki on the same data.")
  boolean snapshotFigures;

  @Option(names = "--scale-documents", defaultValue = "0", paramLabel = "N",
      description = "With --snapshot-figures: also compare with Fuseki on a store of N documents (copies of the corpus's; 2,000 make about 100 times today's quads).")
  int scaleDocuments;

  @Option(names = "--scale-clients", defaultValue = "16", paramLabel = "N",
      description = "Concurrent clients of the comparison at scale (default ${DEFAULT-VALUE}).")
  int scaleClients;

  @Option(names = "--scale-only", description = "With --scale-documents: only the comparison at scale.")
  boolean scaleOnly;

  @Option(names = "--ui", description = "Benchmark the web UI instead of the build: first render and page weight of each page on a"
      + " cold cache, in headless chromium (median of --runs).")
  boolean ui;

  @Option(names = "--load", description = "Load-test the server instead of the build: --clients (default 50) for --seconds, mixing questions, checks and profiles; errors and p50/p95/p99 per route.")
  boolean load;

  @Option(names = "--clients", description = "Concurrent clients: for --server's throughput (default 4), for --load (default 50).")
  Integer clients;

  @Option(names = "--seconds", defaultValue = "60", description = "How long --load runs (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--cohort", description = "Benchmark cohort reasoning instead of the build: synthetic cohorts of --patients, patients per"
      + " second, CPU ms per patient and peak RSS.")
  boolean cohort;

  @Option(names = "--patients", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N...]",
      description = "Cohort sizes for --cohort (default ${DEFAULT-VALUE}).")
  List<Integer> patients;

  @Option(names = "--engine", split = ",", defaultValue = "local", paramLabel = "ENGINE[,ENGINE]",
      description = "Engines for --cohort: local, spark or both (default ${DEFAULT-VALUE}); peak RSS is the process's, so run one engine a process to compare it.")
  List<CohortEngines.Engine> cohortEngines;

  @Option(names = "--batch", defaultValue = CohortCommand.DEFAULT_BATCH, paramLabel = "N",
      description = "Patients per reasoner for --cohort (default ${DEFAULT-VALUE}, as crlm cohort).")
  int cohortBatch;

  @Option(names = "--size-mb", defaultValue = "50", paramLabel = "MB",
      description = "Text to ingest with --ingest (default ${DEFAULT-VALUE} MB).")
  int sizeMb;

  @Override
  public Integer call() throws Exception {
    if (snapshotFigures) {
      return new SnapshotBenchmark(knowledgeBase, Math.max(1, runs), Math.max(1, clients == null ? 4 : clients), Math.max(0, scaleDocuments),
          Math.max(1, scaleClients), scaleOnly, spec.commandLine().getOut()).run();
    }
    if (ui) {
      return new UiBenchmark(knowledgeBase, Math.max(1, runs), spec.commandLine().getOut()).run();
    }
    if (cohort) {
      return new CohortBenchmark(knowledgeBase, patients, cohortBatch, cohortEngines, spec.commandLine().getOut()).run();
    }
    if (ingest) {
      return new IngestBenchmark(knowledgeBase, sizeMb, spec.commandLine().getOut()).run();
    }
    if (server) {
      return new ServerBenchmark(knowledgeBase, Math.max(1, runs), Math.max(1, clients == null ? 4 : clients), spec.commandLine().getOut()).run();
    }
    if (load) {
      return new LoadBenchmark(knowledgeBase, Math.max(1, clients == null ? 50 : clients), Duration.ofSeconds(Math.max(1, seconds)),
          spec.commandLine().getOut()).run();
    }
    if (services) {
      return new ServicesBenchmark(knowledgeBase, Math.max(1, runs), spec.commandLine().getOut()).run();
    }
    if (explain) {
      return new ExplainBenchmark(knowledgeBase, Math.max(1, runs), spec.commandLine().getOut()).run();
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Long>> results = new ArrayList<>();
    for (int i = 0; i < Math.max(1, runs); i++) {
      KnowledgeBase kb = knowledgeBase.builder().build();
      Map<String, Long> phases = new LinkedHashMap<>(kb.timings().phases());
      phases.put("total", kb.timings().totalMillis());
      results.add(phases);
      kb.reasoned().reasoner().dispose();
    }
    out.printf("pipeline benchmark: %d run(s), %s, %d cores%n", results.size(),
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    out.printf("%-16s %10s %12s%n", "phase", "cold (ms)", "median (ms)");
    for (String phase : results.get(0).keySet()) {
      List<Long> warm = results.subList(Math.min(1, results.size() - 1), results.size()).stream()
          .map(r -> r.get(phase)).sorted().toList();
      out.printf("%-16s %10d %12d%n", phase, results.get(0).get(phase), warm.get(warm.size() / 2));
    }
    out.printf("peak heap: %d MB%n", peakHeapBytes() / (1024 * 1024));
    return 0;
  }

  static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
