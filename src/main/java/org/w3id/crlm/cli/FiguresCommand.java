package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.QuoteFunction;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.figures.ComparisonJson;
import org.w3id.crlm.figures.Figure;
import org.w3id.crlm.figures.FigureComparison;
import org.w3id.crlm.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "List what the figure comparator found: pairs of reported figures of one measure that conflict, differ by",
      "population, or differ compatibly; each with both figures, their sentences and the reasoning steps.",
      "Example: crlm figures --verdict conflict"
    })
final class FiguresCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Option(names = "--verdict", paramLabel = "VERDICT",
      description = "Only findings with this verdict: conflict, population-dependent or compatible-discrepancy.")
  String verdict;

  @Option(names = "--json", description = "Print the findings as JSON (the same as GET /api/figures/comparisons answers).")
  boolean json;

  @Override
  public Integer call() {
    FigureComparison.Verdict wanted = verdict == null ? null : parse(verdict);
    KnowledgeBase kb = knowledgeBase.build();
    List<FigureComparison> found = kb.comparisons().stream().filter(c -> wanted == null || c.verdict() == wanted).toList();
    Corpus corpus = Corpus.at(knowledgeBase.corpus.directory);
    ProvenanceIndex provenance = ProvenanceIndex.lazily(kb.dataset()).get();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(org.apache.jena.atlas.json.JSON.toString(ComparisonJson.of(found, provenance, corpus)));
      return 0;
    }
    out.printf("%d finding(s) of the figure comparator%s.%n", found.size(), wanted == null ? "" : " with verdict " + wanted.label());
    for (FigureComparison c : found) {
      out.println();
      out.printf("%s%s%n", c.verdict().label().toUpperCase(Locale.ROOT), c.withinDocument() ? " (within one document)" : "");
      print(out, "1", c.first(), provenance, corpus);
      print(out, "2", c.second(), provenance, corpus);
      c.steps().forEach(step -> out.println("   " + step));
    }
    return 0;
  }

  private static void print(PrintWriter out, String n, Figure figure, ProvenanceIndex provenance, Corpus corpus) {
    out.printf(" %s. %s%n    %s %s; %s%s%n", n, figure.label(), figure.values().notation(), figure.unit(), figure.document(),
        figure.part() == null ? "" : ", " + org.w3id.crlm.ontology.Crlm.localName(figure.part()));
    for (EvidenceSource source : provenance.sourcesOfItems(figure.evidence())) {
      if (source.hasLocator()) {
        out.printf("    \"%s\"%n", QuoteFunction.readable(corpus.span(source.fileName(), source.start(), source.end())));
      }
    }
  }

  private static FigureComparison.Verdict parse(String text) {
    for (FigureComparison.Verdict v : FigureComparison.Verdict.values()) {
      if (v.label().replace(' ', '-').equalsIgnoreCase(text.trim().replace(' ', '-'))) {
        return v;
      }
    }
    throw new CrlmException("Unknown --verdict '%s'. Use conflict, population-dependent or compatible-discrepancy.".formatted(text));
  }
}
