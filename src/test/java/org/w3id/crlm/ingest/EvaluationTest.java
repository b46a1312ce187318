package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.eval.Evaluation;
import org.w3id.crlm.ingest.eval.GoldStandard;
import org.w3id.crlm.ingest.eval.MentionKeys;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.ingest.text.CodePoints;

/**
 * The matcher's scores against the two hand-curated gold files, exactly: a change to the
 * matcher or the ontology's synonyms that moves a score shows here, and the README's figures
 * are these.
 */
class EvaluationTest {
  @Test
  void scoresAgainstTheGoldFiles() throws Exception {
    var kb = TestKnowledgeBase.get();
    EntityMatcher matcher = new EntityMatcher(Txn.calculateRead(kb.dataset(),
        () -> Dictionary.from(kb.dataset().asDatasetGraph().getDefaultGraph())));
    Corpus corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());
    Evaluation evaluation = new Evaluation();
    List<Path> gold;
    try (Stream<Path> files = Files.list(TestKnowledgeBase.home().resolve("src/test/resources/gold"))) {
      gold = files.sorted().toList();
    }
    assertEquals(2, gold.size());
    for (Path file : gold) {
      String text = corpus.text(GoldStandard.documentOf(file));
      evaluation.add(GoldStandard.documentOf(file), GoldStandard.read(file), MentionKeys.of(matcher.mentions(text), CodePoints.of(text)));
    }
    Map<String, Evaluation.Score> scores = evaluation.scores();
    assertEquals(new Evaluation.Score(30, 25, 24), scores.get("trial"));
    assertEquals(new Evaluation.Score(37, 34, 31), scores.get("regimen"));
    assertEquals(new Evaluation.Score(68, 61, 57), scores.get("drug"));
    assertEquals(new Evaluation.Score(115, 113, 97), scores.get("biomarker"));
    assertEquals(new Evaluation.Score(629, 491, 417), scores.get("all"));
    assertEquals(0.884, Math.round(scores.get("drug").f1() * 1000) / 1000.0);
  }
}
