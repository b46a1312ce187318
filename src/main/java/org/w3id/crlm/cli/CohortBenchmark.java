package org.w3id.crlm.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.cohort.CohortEngine;
import org.w3id.crlm.cohort.CohortGenerator;
import org.w3id.crlm.cohort.CohortRunner;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/**
 * Cohort throughput: synthetic cohorts of each size reasoned in batches on all cores, after a
 * warm-up cohort that is not counted; prints patients per second, CPU milliseconds per patient
 * (all threads of the process) and the peak resident set size of the process.
 */
final class CohortBenchmark {
  private final KnowledgeBaseOptions options;
  private final List<Integer> sizes;
  private final int batch;
  private final PrintWriter out;

  private final List<CohortEngines.Engine> engines;

  CohortBenchmark(KnowledgeBaseOptions options, List<Integer> sizes, int batch, List<CohortEngines.Engine> engines, PrintWriter out) {
    this.options = options;
    this.engines = engines;
    this.sizes = sizes;
    this.batch = batch;
    this.out = out;
  }

  int run() throws Exception {
    KnowledgeBase kb = options.build();
    ClinicalContext context = ClinicalContext.of(kb, Corpus.at(options.corpus.directory));
    int threads = Runtime.getRuntime().availableProcessors();
    ProfileReader reader = new ProfileReader(context.terms(), context.tnmParser());
    ProfileService service = new ProfileService(context);
    for (CohortEngines.Engine engine : engines) {
      try (CohortEngine running = CohortEngines.create(engine, "local[*]", options, reader, service, 6, 600, threads)) {
        CohortRunner runner = new CohortRunner(reader, running, batch);
        out.printf("cohort benchmark: %s engine, %d cores, batches of %d, %s%n", engine, threads, batch, Runtime.version());
        measure(runner, 200, 99, false);
        out.printf("%10s %12s %14s %14s%n", "patients", "patients/s", "CPU ms/patient", "peak RSS (MB)");
        for (int size : sizes) {
          measure(runner, size, size, true);
        }
      }
    }
    out.flush();
    return 0;
  }

  private void measure(CohortRunner runner, int size, long seed, boolean print) throws Exception {
    Path input = Files.createTempFile("crlm-cohort-", ".ndjson");
    try {
      CohortGenerator generator = new CohortGenerator(seed);
      try (var writer = Files.newBufferedWriter(input)) {
        for (int i = 1; i <= size; i++) {
          writer.write(generator.next("bench-" + i));
          writer.write('\n');
        }
      }
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      CohortRunner.Summary summary;
      try (BufferedReader in = Files.newBufferedReader(input)) {
        summary = runner.run(in, input.getFileName().toString(), row -> { });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMillis = (processCpuNanos() - cpu) / 1e6;
      if (print) {
        out.printf("%10d %12.0f %14.2f %14d%s%n", size, size / seconds, cpuMillis / size, peakRssMb(),
            summary.failed() > 0 ? "  (" + summary.failed() + " not answered)" : "");
        out.flush();
      }
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc does not tell it. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }
}
