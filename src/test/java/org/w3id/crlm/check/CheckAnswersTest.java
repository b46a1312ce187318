package org.w3id.crlm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;

/**
 * Drafts beside their expected findings, found automatically: every {@code NAME.expected.tsv} of
 * src/test/resources/check-answers/ is checked against the report on the draft {@code NAME} or
 * {@code NAME.*} (a .tsv, .csv or .ttl in the same directory, or else in examples/guidelines/). One line per
 * finding, in the report's order: severity, code, kind, where, message, tab-separated; or a single
 * line "refused" and the message, for a draft that must be refused.
 */
class CheckAnswersTest {
  private static final Path DIRECTORY = TestKnowledgeBase.home().resolve("src/test/resources/check-answers");
  private static final Path EXAMPLES = TestKnowledgeBase.home().resolve("examples/guidelines");
  private static final List<String> FORMATS = List.of(".tsv", ".csv", ".ttl");
  private static ClinicalContext context;
  private static GuidelineChecker checker;

  @BeforeAll
  static void checker() {
    KnowledgeBase kb = TestKnowledgeBase.get();
    ProvenanceIndex index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    context = ClinicalContext.of(kb, () -> index, Corpus.at(TestKnowledgeBase.corpusDirectory()));
    checker = new GuidelineChecker(context);
  }

  @TestFactory
  Stream<DynamicTest> everyDraftGetsItsExpectedFindings() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path expected : files.filter(f -> f.getFileName().toString().endsWith(".expected.tsv")).sorted().toList()) {
        String name = expected.getFileName().toString().replace(".expected.tsv", "");
        tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(
            Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList(), findings(draft(name)), name)));
      }
    }
    return tests.stream();
  }

  private static Path draft(String name) {
    for (Path directory : List.of(DIRECTORY, EXAMPLES)) {
      if (FORMATS.stream().anyMatch(name::endsWith) && Files.exists(directory.resolve(name))) {
        return directory.resolve(name);
      }
      for (String format : FORMATS) {
        Path file = directory.resolve(name + format);
        if (Files.exists(file)) {
          return file;
        }
      }
    }
    throw new IllegalStateException("No draft " + name + FORMATS + " in " + DIRECTORY + " or " + EXAMPLES);
  }

  private static List<String> findings(Path file) throws IOException {
    String name = file.getFileName().toString();
    try {
      Draft draft = DraftFormat.of(name).read(Files.readString(file), name, context);
      return checker.check(draft, 6, Duration.ofSeconds(60)).findings().stream()
          .map(f -> String.join("\t", f.severity().label(), f.kind().code(), f.kind().id(), f.where(), f.message())).toList();
    } catch (CrlmException e) {
      return List.of("refused\t" + e.getMessage());
    }
  }
}
