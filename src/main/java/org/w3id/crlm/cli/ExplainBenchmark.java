package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.ExplanationResult;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.explain.StatementReader;
import org.w3id.crlm.kb.KnowledgeBase;

/**
 * Time to the first justification of a few entailments of the knowledge base, as a server that
 * has answered once already sees it: each is explained once to warm up, then {@code runs} times;
 * the median and the worst are printed, with the time for three justifications.
 */
final class ExplainBenchmark {
  private static final List<List<String>> STATEMENTS = List.of(
      List.of("crlm:KRAS_G12D", "crlm:RASMutation"),
      List.of("crlm:panitumumab", "crlm:AntiEGFRMonoclonalAntibody"),
      List.of("crlm:KRASG12DMutantColorectalCancer", "crlm:RASMutantColorectalCancer"),
      List.of("case:003-cancer", "crlm:hasContraindicatedAgent", "crlm:panitumumab"));

  private final KnowledgeBaseOptions options;
  private final int runs;
  private final PrintWriter out;

  ExplainBenchmark(KnowledgeBaseOptions options, int runs, PrintWriter out) {
    this.options = options;
    this.runs = runs;
    this.out = out;
  }

  int run() {
    KnowledgeBase kb = options.build();
    var index = ProvenanceIndex.lazily(kb.dataset());
    index.get();
    EntailmentExplainer explainer = new EntailmentExplainer(kb.reasoned(), index);
    StatementReader reader = new StatementReader(kb.reasoned().ontology());
    out.printf("explain benchmark: %d run(s) each after one warm-up, %s, %d cores%n", runs, Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    out.printf("%-90s %12s %12s %12s%n", "statement", "first median", "first worst", "3 median");
    for (List<String> terms : STATEMENTS) {
      var statement = reader.read(terms);
      explainer.explain(statement, 1, Duration.ofSeconds(30));
      List<Long> first = new ArrayList<>();
      List<Long> three = new ArrayList<>();
      String rendered = "";
      for (int i = 0; i < runs; i++) {
        ExplanationResult one = explainer.explain(statement, 1, Duration.ofSeconds(30));
        rendered = one.statement();
        first.add(one.justifications().isEmpty() ? -1 : one.justifications().get(0).foundAfterMillis());
        three.add(explainer.explain(statement, 3, Duration.ofSeconds(30)).millis());
      }
      first.sort(null);
      three.sort(null);
      out.printf("%-90s %9d ms %9d ms %9d ms%n", rendered.length() > 90 ? rendered.substring(0, 87) + "..." : rendered,
          first.get(first.size() / 2), first.get(first.size() - 1), three.get(three.size() / 2));
    }
    out.flush();
    return 0;
  }
}
