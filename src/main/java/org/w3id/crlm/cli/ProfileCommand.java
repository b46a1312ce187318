package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;
import org.w3id.crlm.profile.ProfileAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Answer a patient profile (JSON): the stage group the reasoner derives, the recommendations that apply,",
      "the agents of no benefit and those ruled out by adverse events, each with why and its evidence, and the",
      "agents and studies that match the tumour's biomarkers. Examples: examples/profiles/."
    })
final class ProfileCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The profile, a JSON file.")
  Path file;

  @Option(names = "--json", description = "Print the answer as JSON (the same as POST /api/profile answers).")
  boolean json;

  @Option(names = "--min-level", paramLabel = "LEVEL",
      description = "Only answers resting on evidence of this level or better: guideline, randomized trial, phase 2 trial, cohort study, case report, expert opinion or editorial (or the rank, 1 to 6).")
  String minLevel;

  @Option(names = "--explain", description = "Back each 'the tumour is a C' behind an agent of no benefit or of benefit by its justification: the axioms that entail it.")
  boolean explain;

  @Option(names = "--timeout", defaultValue = "10", description = "Seconds the reasoner may take (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    if (timeoutSeconds < 1) {
      throw new CrlmException("--timeout must be at least 1 second.");
    }
    String text = read(file);
    KnowledgeBase kb = knowledgeBase.build();
    Corpus corpus = Corpus.at(knowledgeBase.corpus.directory);
    ClinicalContext context = ClinicalContext.of(kb, corpus);
    int maxRank = context.maxRank(minLevel);
    PatientProfile profile = new ProfileReader(context.terms(), context.tnmParser()).read(text, file.getFileName().toString());
    ProfileAnswer answer = new ProfileService(context)
        .answer(profile, maxRank, Duration.ofSeconds(timeoutSeconds), explain);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? JSON.toString(answer.toJson(corpus)) + "\n" : answer.toText(corpus));
    out.flush();
    return 0;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CrlmException("No such file: %s. Give the path of an existing file.".formatted(file));
    } catch (IOException e) {
      throw new CrlmException("Cannot read %s: %s".formatted(file, e.getMessage()));
    }
  }
}
