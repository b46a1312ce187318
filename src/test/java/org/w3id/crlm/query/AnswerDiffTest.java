package org.w3id.crlm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.snapshot.SnapshotDirectory;

/**
 * Two versions of the knowledge base, before and after a file of test cancers is added: the
 * answer to "which cancer has which contraindicated agent" gains exactly the rows the reasoner
 * infers for the new cancers (expected in {@code answer-diff/added.tsv}) and loses none; a
 * question about what did not change is unchanged.
 */
class AnswerDiffTest {
  private static final String CONTRAINDICATED = "SELECT ?cancer ?agent WHERE { ?cancer crlm:hasContraindicatedAgent ?agent }";
  private static final String STAGES = "SELECT ?g WHERE { ?g a crlm:AJCCStageGroup }";

  @TempDir Path dir;

  @Test
  void addingAFileOfCancersAddsTheirInferredContraindications() throws Exception {
    SnapshotDirectory snapshots = new SnapshotDirectory(dir, notice -> {});
    String before = snapshots.open(builder(), false).version();
    String after = snapshots.open(builder().withExtraFile(TestKnowledgeBase.fixture("cancers.ttl")), false).version();
    assertNotEquals(before, after, "a new input makes a new version");
    assertEquals(64, before.length());

    List<AnswerDiff.Change> changes = new AnswerDiff(snapshots.dataset(before), snapshots.dataset(after.substring(0, 10)))
        .compare(List.of(new AnswerDiff.Question("contraindicated", SparqlQueries.parse(CONTRAINDICATED)),
            new AnswerDiff.Question("stages", SparqlQueries.parse(STAGES))), Duration.ofSeconds(30));

    AnswerDiff.Change contraindicated = changes.get(0);
    assertEquals("?cancer\t?agent", contraindicated.header());
    assertEquals(Files.readAllLines(TestKnowledgeBase.home().resolve("src/test/resources/answer-diff/added.tsv")), contraindicated.added());
    assertEquals(List.of(), contraindicated.removed());
    assertTrue(contraindicated.added().stream().allMatch(row -> row.startsWith("<https://w3id.org/crlm/test/")));
    assertEquals(false, changes.get(1).changed(), "the stage groups are the same in both");

    // The same from the command line: crlm diff FROM TO --query ...
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = org.w3id.crlm.cli.Main.run(new String[] {"diff", before.substring(0, 8), after, "--snapshot", dir.toString(),
        "--query", CONTRAINDICATED, "--query", STAGES, "--all"}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    List<String> expected = new java.util.ArrayList<>(List.of(
        "from %s to %s: 1 of 2 question(s) answered differently".formatted(before.substring(0, 8), after),
        "query 1: 8 row(s) added, 0 removed", "    ?cancer\t?agent"));
    contraindicated.added().forEach(row -> expected.add("  + " + row));
    expected.add("query 2: 0 row(s) added, 0 removed");
    assertEquals(expected, out.toString().lines().toList());

    CrlmException unknown = assertThrows(CrlmException.class, () -> snapshots.dataset("0123456789"));
    assertTrue(unknown.getMessage().startsWith("Knowledge base version '0123456789' is not kept in " + dir + ", which keeps the last 3 snapshots: "),
        unknown.getMessage());
    assertTrue(unknown.getMessage().contains(before) && unknown.getMessage().contains(after), unknown.getMessage());
  }

  private static KnowledgeBaseBuilder builder() {
    return new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory());
  }
}
