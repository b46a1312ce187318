package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.QuoteFunction;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ExplanationJson;
import org.w3id.crlm.explain.ExplanationResult;
import org.w3id.crlm.explain.Justification;
import org.w3id.crlm.explain.JustifiedAxiom;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.explain.StatementReader;
import org.w3id.crlm.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain why the knowledge base entails a statement: the minimal sets of axioms that entail it,",
      "fastest found first, each axiom with the evidence it was stated on and the supporting sentence.",
      "Two terms: a class and a superclass, or an individual and a type. Three: subject, property, object.",
      "Example: crlm explain case:003-cancer crlm:hasContraindicatedAgent crlm:panitumumab"
    })
final class ExplainCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TERM", arity = "2..3", description = "IRIs, prefixed names (crlm:KRAS_G12D) or labels ('KRAS G12D').")
  List<String> terms;

  @Option(names = "--limit", defaultValue = "3", description = "At most this many justifications (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--timeout", defaultValue = "20", description = "Seconds to search before answering with what was found (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--json", description = "Print the explanation as JSON (the same as GET /api/explain answers).")
  boolean json;

  @Option(names = "--min-level", paramLabel = "LEVEL",
      description = "Only justifications whose general knowledge rests on evidence of this level or better: guideline, randomized trial, phase 2 trial, cohort study, case report, expert opinion or editorial (or the rank, 1 to 6).")
  String minLevel;

  @Override
  public Integer call() {
    if (limit < 1 || timeoutSeconds < 1) {
      throw new CrlmException("--limit and --timeout must be at least 1.");
    }
    KnowledgeBase kb = knowledgeBase.build();
    var statement = new StatementReader(kb.reasoned().ontology()).read(terms);
    var index = ProvenanceIndex.lazily(kb.dataset());
    int maxRank = minLevel == null ? 0 : index.get().rankOf(minLevel);
    var explainer = new EntailmentExplainer(kb.reasoned(), index);
    ExplanationResult result = explainer.explain(statement, limit, Duration.ofSeconds(timeoutSeconds), maxRank);
    PrintWriter out = spec.commandLine().getOut();
    Corpus corpus = Corpus.at(knowledgeBase.corpus.directory);
    if (json) {
      out.println(org.apache.jena.atlas.json.JSON.toString(ExplanationJson.of(result, corpus)));
      return result.entailed() ? 0 : 1;
    }
    print(result, corpus, out);
    if (result.entailed() && result.justifications().isEmpty() && maxRank > 0 && result.complete()) {
      out.printf("No justification rests only on general knowledge of level '%s' or better: the statement holds on weaker"
          + " evidence alone. Run without --min-level to see it.%n", minLevel);
    }
    return result.entailed() ? 0 : 1;
  }

  private static void print(ExplanationResult result, Corpus corpus, PrintWriter out) {
    if (!result.entailed()) {
      out.printf("Not entailed: %s%nThe knowledge base does not imply this statement, so there is nothing to explain.%n", result.statement());
      return;
    }
    out.printf("Why: %s%n", result.statement());
    int n = 0;
    for (Justification justification : result.justifications()) {
      out.printf("%nJustification %d (%d axioms, found after %d ms; weakest evidence: %s; of the general knowledge: %s)%n", ++n,
          justification.axioms().size(), justification.foundAfterMillis(),
          justification.weakestEvidence().map(ExplainCommand::level).orElse("none, ontology axioms only"),
          justification.weakestGeneralEvidence().map(ExplainCommand::level).orElse("none, ontology axioms only"));
      for (JustifiedAxiom axiom : justification.axioms()) {
        out.printf("  - %s%n", axiom.rendered());
        for (EvidenceSource source : axiom.sources()) {
          out.printf("      evidence: %s [%s]%n", source.qualifiedLabel(), level(source));
          if (source.hasLocator()) {
            out.printf("      %s %d-%d: \"%s\"%n", source.fileName(), source.start(), source.end(), quote(corpus, source));
          }
        }
      }
    }
    out.printf("%n%d justification(s) in %d ms%s.%n", result.justifications().size(), result.millis(),
        result.complete() ? "" : "; the time limit stopped the search, so there may be more (raise --timeout)");
  }

  private static String level(EvidenceSource source) {
    return source.levelLabel() == null ? "level unknown" : source.levelLabel() + ", rank " + source.levelRank();
  }

  private static String quote(Corpus corpus, EvidenceSource source) {
    try {
      return QuoteFunction.readable(corpus.span(source.fileName(), source.start(), source.end()));
    } catch (CrlmException e) {
      return "(" + e.getMessage() + ")";
    }
  }
}
