package org.w3id.crlm.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;

class QualityReportTest {

  @Test
  void theRepositoryOntologyGivesEveryTermALabelAndADefinition() {
    assertEquals(Map.of(), QualityReport.run(TestKnowledgeBase.get()));
  }

  @Test
  void reportsAClassWithoutDefinition() {
    KnowledgeBase kb = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withExtraFile(TestKnowledgeBase.fixture("undefined-class.ttl"))
        .build();
    assertEquals(Map.of("missing-definition", List.of("https://w3id.org/crlm/UndefinedTestClass")),
        QualityReport.run(kb));
  }
}
