package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.OntologyFiles;
import org.w3id.crlm.quality.Level;
import org.w3id.crlm.quality.OntologyQuality;
import org.w3id.crlm.quality.QualityCheck;
import org.w3id.crlm.quality.QualityChecks;
import org.w3id.crlm.quality.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The quality report of the ontology files, as ROBOT's report: one row per problem (level, check,",
      "subject, value, file), ERROR first, then each check's problem and solution. It reads the files",
      "only; the build runs the same checks and stops on an ERROR row. Exit code 1 when a row is at",
      "or above --fail-on."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${sys:crlm.home:-.}/ontology",
      description = "Directory of the ontology files (default: ${DEFAULT-VALUE}).")
  Path ontologyDirectory;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERROR",
      description = "ERROR, WARN, INFO or none: the level from which the exit code is 1 (default ${DEFAULT-VALUE}).")
  String failOn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Level threshold = failOn.equalsIgnoreCase("none") ? null : level(failOn);
    OntologyFiles files = OntologyFiles.in(ontologyDirectory);
    QualityReport report = OntologyQuality.report(files, AssertedGraphReader.read(files.all()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.toTsv());
    out.println();
    out.printf("Violations: %d (%s)%n", report.rows().size(), String.join(", ",
        report.counts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    for (QualityCheck check : QualityChecks.all()) {
      long rows = report.rows().stream().filter(r -> r.check().equals(check.name())).count();
      if (rows > 0) {
        out.printf("%n%s %s (%d): %s%n  Solution: %s%n", check.level(), check.name(), rows, check.problem(), check.solution());
      }
    }
    out.flush();
    boolean failed = threshold != null && report.rows().stream().anyMatch(r -> r.level().compareTo(threshold) <= 0);
    return failed ? Main.BAD_INPUT : 0;
  }

  private static Level level(String text) {
    try {
      return Level.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new org.w3id.crlm.CrlmException("--fail-on '%s' is not a level: give ERROR, WARN, INFO or none.".formatted(text));
    }
  }
}
