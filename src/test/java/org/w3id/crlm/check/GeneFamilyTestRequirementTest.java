package org.w3id.crlm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.ontology.Crlm;

/**
 * A requirement to test a gene family (RAS: KRAS and NRAS) is met only by a test that covers the
 * family, or by a status the draft states for the family; a test of one gene of it is not enough.
 * The requirement is the fixture fixtures/ras-testing-requirement.ttl.
 */
class GeneFamilyTestRequirementTest {
  private static GuidelineChecker checker;
  private static ClinicalContext context;

  @BeforeAll
  static void checker() {
    KnowledgeBase kb = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withExtraFile(TestKnowledgeBase.fixture("ras-testing-requirement.ttl")).build();
    ProvenanceIndex index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    context = ClinicalContext.of(kb, () -> index, Corpus.at(TestKnowledgeBase.corpusDirectory()));
    checker = new GuidelineChecker(context);
  }

  private static List<String> missingTests(String population, String conditions) {
    String table = "population\tintervention\trecommendation\tconditions\n" + population + "\tcetuximab + FOLFIRI\trecommend\t" + conditions + "\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "family.tsv", true);
    return checker.check(draft, 6, Duration.ofSeconds(30)).findings().stream()
        .filter(f -> f.kind() == FindingKind.MISSING_TEST).map(f -> f.severity().label() + ": " + f.message()).toList();
  }

  @Test
  void aKrasTestDoesNotMeetARasTestingRequirement() {
    assertEquals(List.of("error: The draft recommends cetuximab without requiring RAS testing first."),
        missingTests("metastatic colorectal cancer", "after KRAS testing"));
  }

  @Test
  void aRasTestMeetsIt() {
    assertEquals(List.of(), missingTests("metastatic colorectal cancer", "after RAS testing"));
  }

  @Test
  void aStatedWildTypeOfTheWholeFamilySettlesIt() {
    assertEquals(List.of(), missingTests("metastatic colorectal cancer; RAS wild type", ""));
  }

  @Test
  void aMutationOfOneGeneOfTheFamilySettlesIt() {
    assertEquals(List.of(), missingTests("metastatic colorectal cancer; KRAS G12D", ""));
  }
}
