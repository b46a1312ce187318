package org.w3id.crlm.cli;

import java.io.PrintWriter;
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
      "Time each phase of building the knowledge base.",
      "Builds it several times in this JVM and prints the first (cold) run, as a user's start-up",
      "sees it, and the median of the others."
    })
final class BenchmarkCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "5", description = "Number of builds (default ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Long>> results = new ArrayList<>();
    for (int i = 0; i < Math.max(1, runs); i++) {
      KnowledgeBase kb = knowledgeBase.build();
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
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    out.printf("peak heap: %d MB%n", peakHeap / (1024 * 1024));
    return 0;
  }
}
