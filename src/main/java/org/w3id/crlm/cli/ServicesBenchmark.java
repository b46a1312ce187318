package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.w3id.crlm.check.Draft;
import org.w3id.crlm.check.GuidelineChecker;
import org.w3id.crlm.check.TableDraftReader;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/**
 * Time to answer a patient profile (the example profiles of the corpus cases) and to check a
 * 20-row draft, as a server that has answered once already sees it: one warm-up, then
 * {@code runs} times; the median and the worst are printed.
 */
final class ServicesBenchmark {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  /** Twenty rows mixing clean statements and each kind of finding. */
  private static final String[] ROWS = {
      "RAS wild-type left-sided colorectal cancer\tFOLFOX with cetuximab\tconsider\tafter RAS testing",
      "metastatic colorectal cancer\tRAS testing\trecommend\t",
      "rectal cancer with liver metastases\tFOLFOX\trecommend\tfirst line",
      "rectal cancer with liver metastases; liver cirrhosis\tliver resection (any)\tconsider\tfuture liver remnant > 40%",
      "rectal cancer with synchronous metastases\tlong-course chemoradiotherapy\tavoid\tupfront",
      "metastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend\tafter RAS testing",
      "rectal cancer with liver metastases; liver cirrhosis\tliver resection (any)\trecommend\tfuture liver remnant >= 30%",
      "rectal cancer with synchronous metastases\tlong-course chemoradiotherapy\trecommend\tupfront",
      "metastatic colorectal cancer\tFOLFOX with cetuximab\trecommend\tfirst line",
      "metastatic colorectal cancer; KRAS G12C\tsotorasib + panitumumab\tconsider\tlater line"};

  private final KnowledgeBaseOptions options;
  private final int runs;
  private final PrintWriter out;

  ServicesBenchmark(KnowledgeBaseOptions options, int runs, PrintWriter out) {
    this.options = options;
    this.runs = runs;
    this.out = out;
  }

  int run() {
    KnowledgeBase kb = options.build();
    Corpus corpus = Corpus.at(options.corpus.directory);
    var index = ProvenanceIndex.lazily(kb.dataset());
    index.get();
    ClinicalContext context = ClinicalContext.of(kb, index, corpus);
    ProfileService profiles = new ProfileService(context);
    ProfileReader reader = new ProfileReader(context.terms(), context.tnmParser());
    out.printf("services benchmark: %d run(s) each after one warm-up, %s, %d cores%n", runs, Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    out.printf("%-50s %12s %12s%n", "task", "median", "worst");
    for (String example : List.of("case-003-kras-g12d.json", "case-000-ras-wild-type.json")) {
      Path file = Path.of("examples/profiles").resolve(example);
      PatientProfile profile = reader.read(ProfileCommand.read(file), example);
      time("profile " + example, () -> profiles.answer(profile, 6, LIMIT));
    }
    StringBuilder table = new StringBuilder("population\tintervention\trecommendation\tconditions\n");
    for (int i = 0; i < 20; i++) {
      table.append(ROWS[i % ROWS.length]).append('\n');
    }
    Draft draft = new TableDraftReader(context.terms()).read(table.toString(), "20-row draft", true);
    GuidelineChecker checker = new GuidelineChecker(context);
    time("check of a 20-row draft (" + checker.check(draft, 6, LIMIT).findings().size() + " findings)",
        () -> checker.check(draft, 6, LIMIT));
    out.flush();
    return 0;
  }

  private void time(String task, Supplier<?> work) {
    work.get();
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    millis.sort(null);
    out.printf("%-50s %9d ms %9d ms%n", task, millis.get(millis.size() / 2), millis.get(millis.size() - 1));
  }
}
