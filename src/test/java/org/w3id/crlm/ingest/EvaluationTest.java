package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.eval.Evaluation;
import org.w3id.crlm.ingest.link.EntityMatcher;

/**
 * The matcher's scores against the two hand-curated gold files, exactly: a change to the
 * matcher or the ontology's synonyms that moves a score shows here, and the README's figures
 * are these.
 */
class EvaluationTest {
  @Test
  void scoresAgainstTheGoldFiles() throws Exception {
    var kb = TestKnowledgeBase.get();
    EntityMatcher matcher = new EntityMatcher(kb.dictionary());
    Corpus corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());
    List<Path> gold;
    try (Stream<Path> files = Files.list(TestKnowledgeBase.home().resolve("src/test/resources/gold"))) {
      gold = files.sorted().toList();
    }
    assertEquals(2, gold.size());
    Evaluation evaluation = Evaluation.of(matcher, corpus, gold);
    Map<String, Evaluation.Score> scores = evaluation.scores();
    assertEquals(new Evaluation.Score(30, 27, 27), scores.get("trial"));
    assertEquals(new Evaluation.Score(32, 31, 31), scores.get("regimen"));
    assertEquals(new Evaluation.Score(64, 57, 56), scores.get("drug"));
    assertEquals(new Evaluation.Score(183, 173, 171), scores.get("biomarker"));
    assertEquals(new Evaluation.Score(677, 560, 501), scores.get("all"));
    assertEquals(0.926, Math.round(scores.get("drug").f1() * 1000) / 1000.0);
  }
}
