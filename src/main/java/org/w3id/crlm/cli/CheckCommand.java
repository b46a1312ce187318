package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.check.CheckReport;
import org.w3id.crlm.check.Draft;
import org.w3id.crlm.check.DraftFormat;
import org.w3id.crlm.check.GuidelineChecker;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a draft guideline against the knowledge base: inconsistency and unsatisfiable classes once merged,",
      "agents recommended where the evidence says no benefit, recommendations the evidence contradicts (also in",
      "their timing), thresholds the evidence contradicts, tests required first, and sources that disagree.",
      "The draft is a table (.tsv or .csv: population, intervention, recommendation, [strength], [conditions], [id])",
      "or Turtle (.ttl) in the ontology's vocabulary. Exit code 0: no error (warnings allowed); 3: errors found;",
      "1: the draft cannot be read (the message names the row, column and closest terms). Examples: examples/guidelines/."
    })
final class CheckCommand implements Callable<Integer> {
  static final int ERRORS_FOUND = 3;

  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DRAFT", description = "The draft: a .tsv, .csv or .ttl file.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "tsv, csv or turtle, when the file's extension does not say.")
  String format;

  @Option(names = "--json", description = "Print the findings as JSON (the same as POST /api/check answers).")
  boolean json;

  @Option(names = "--min-level", paramLabel = "LEVEL",
      description = "Only findings whose evidence is of this level or better: guideline, randomized trial, phase 2 trial, cohort study, case report, expert opinion or editorial (or the rank, 1 to 6).")
  String minLevel;

  @Option(names = "--explain", description = "Back each step 'the population is a C' by its justification: the axioms that entail it, with their evidence.")
  boolean explain;

  @Option(names = "--timeout", defaultValue = "20", description = "Seconds the reasoner may take (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    if (timeoutSeconds < 1) {
      throw new CrlmException("--timeout must be at least 1 second.");
    }
    DraftFormat draftFormat = DraftFormat.of(format != null ? format : file.getFileName().toString());
    String text = ProfileCommand.read(file);
    KnowledgeBase kb = knowledgeBase.build();
    Corpus corpus = Corpus.at(knowledgeBase.corpus.directory);
    ClinicalContext context = ClinicalContext.of(kb, corpus);
    int maxRank = context.maxRank(minLevel);
    Draft draft = draftFormat.read(text, file.getFileName().toString(), context);
    CheckReport report = new GuidelineChecker(context).check(draft, maxRank, Duration.ofSeconds(timeoutSeconds), explain);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? JSON.toString(report.toJson(corpus)) + "\n" : report.toText(corpus));
    out.flush();
    return report.errors() > 0 ? ERRORS_FOUND : 0;
  }
}
