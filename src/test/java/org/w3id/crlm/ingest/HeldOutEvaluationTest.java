package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.eval.ConceptResolver;
import org.w3id.crlm.ingest.eval.HeldOutEvaluation;
import org.w3id.crlm.ingest.eval.HeldOutSet;

/**
 * The scores of the ingest pipeline on each held-out set (src/test/resources/heldout and
 * heldout2), as counts beside the expected ones in NAME-scores.tsv: a change of the vocabulary,
 * the matcher, the figure reader or the relation patterns shows here as a changed row, to be
 * explained.
 */
class HeldOutEvaluationTest {
  @ParameterizedTest
  @CsvSource({"heldout", "heldout2"})
  void theHeldOutSetScoresAsRecorded(String set) throws Exception {
    var kb = TestKnowledgeBase.get();
    Path home = TestKnowledgeBase.home();
    HeldOutEvaluation evaluation = HeldOutEvaluation.of(new TextAnalyzer(kb.dictionary()),
        new ConceptResolver(kb.dictionary(), kb.dataset().getUnionModel()), HeldOutSet.read(home.resolve("src/test/resources/" + set)));
    List<String> rows = new ArrayList<>();
    evaluation.entities().scores().forEach((category, s) -> rows.add("entities\t%s\t%d\t%d\t%d".formatted(category, s.gold(), s.predicted(), s.correct())));
    var n = evaluation.numbers();
    rows.add("numbers\tgold, found, found with comparator, predicted, predicted correct\t%d\t%d\t%d\t%d\t%d"
        .formatted(n.gold(), n.found(), n.foundWithComparator(), n.predicted(), n.predictedCorrect()));
    evaluation.relations().forEach((kind, c) -> rows.add("relations\t%s\t%d\t%d\t%d".formatted(kind, c[0], c[1], c[2])));
    List<String> expected = Files.readAllLines(home.resolve("src/test/resources/" + set + "-scores.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertEquals(String.join("\n", expected), String.join("\n", rows));
  }
}
