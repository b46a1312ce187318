package org.w3id.crlm.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;

class OntologyReasonerTest {

  @Test
  void refusesAnInconsistentOntologyNamingTheClashingClassesAndIndividual() {
    InconsistentOntologyException e = assertThrows(InconsistentOntologyException.class, () ->
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
            .withExtraFile(TestKnowledgeBase.fixture("inconsistent-ras-status.ttl"))
            .build());
    String message = e.getMessage();
    assertTrue(message.startsWith("The ontology is inconsistent"), message);
    // Either disjointness shows it: RAS mutant vs RAS wild type, or KRAS mutant vs KRAS wild type
    // (which RAS wild type implies).
    assertTrue(message.contains("'RAS-mutant colorectal cancer' <https://w3id.org/crlm/RASMutantColorectalCancer>")
        || message.contains("'KRAS-mutant colorectal cancer' <https://w3id.org/crlm/KRASMutantColorectalCancer>"), message);
    assertTrue(message.contains("'RAS wild-type colorectal cancer' <https://w3id.org/crlm/RASWildTypeColorectalCancer>"), message);
    assertTrue(message.contains("<https://w3id.org/crlm/test/contradictory-record>"), message);
  }

  @Test
  void refusesAnUnsatisfiableClassNamingIt() {
    UnsatisfiableClassesException e = assertThrows(UnsatisfiableClassesException.class, () ->
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
            .withExtraFile(TestKnowledgeBase.fixture("unsatisfiable-stage.ttl"))
            .build());
    assertEquals(List.of("'impossible stage' <https://w3id.org/crlm/test/ImpossibleStage>"), e.classes());
  }

  @Test
  void theRepositoryOntologyIsConsistentAndCoherent() {
    assertTrue(TestKnowledgeBase.get().inferredTriples() > 0);
    assertEquals(List.of(), TestKnowledgeBase.get().reasoned().reasoner().getUnsatisfiableClasses()
        .getEntitiesMinusBottom().stream().map(Object::toString).sorted().toList());
  }
}
