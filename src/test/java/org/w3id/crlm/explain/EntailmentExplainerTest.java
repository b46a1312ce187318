package org.w3id.crlm.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;

/** Justifications of the knowledge base's entailments, with the evidence behind each axiom. */
class EntailmentExplainerTest {
  private static KnowledgeBase kb;
  private static EntailmentExplainer explainer;
  private static StatementReader reader;
  private static ProvenanceIndex index;

  @BeforeAll
  static void explainer() {
    kb = TestKnowledgeBase.get();
    index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    explainer = new EntailmentExplainer(kb.reasoned(), () -> index);
    reader = new StatementReader(kb.reasoned().ontology());
  }

  @Test
  void aVariantIsARasMutationThroughItsGeneWithTheEvidenceForThatGene() {
    var statement = reader.read(List.of("crlm:KRAS_G12D", "RAS mutation"));
    assertFalse(kb.reasoned().ontology().containsAxiom(statement), "the type is inferred, not asserted");

    ExplanationResult result = explainer.explain(statement, 3, Duration.ofSeconds(30));

    assertTrue(result.entailed());
    assertTrue(result.complete());
    assertEquals("'KRAS G12D' Type 'RAS mutation'", result.statement());
    assertEquals(1, result.justifications().size());
    Justification only = result.justifications().get(0);
    // A proof's order: the facts about the individuals first, then the class axioms.
    assertEquals(List.of("'KRAS G12D' 'in gene' KRAS", "'KRAS G12D' Type 'sequence variant'", "KRAS Type 'RAS family gene'",
            "'RAS mutation' EquivalentTo 'sequence variant' and ('in gene' some 'RAS family gene')"),
        only.axioms().stream().map(JustifiedAxiom::rendered).toList());
    List<EvidenceSource> sources = only.axioms().get(2).sources();
    assertEquals(1, sources.size());
    EvidenceSource source = sources.get(0);
    assertEquals("https://w3id.org/crlm/evidence/004-ras-family", source.item());
    assertEquals("004_038568472bd911b7.txt 9766-9811 rank 6", source.fileName() + " " + source.start() + "-" + source.end()
        + " rank " + source.levelRank());
    assertEquals(source, only.weakestEvidence().orElseThrow());
    assertEquals(List.of(), only.axioms().get(3).sources(), "an ontology definition has no document evidence");
  }

  @Test
  void anAgentIsContraindicatedThroughTheNoBenefitAxiomAndItsTarget() {
    var statement = reader.read(List.of("case:003-cancer", "crlm:hasContraindicatedAgent", "panitumumab"));
    assertFalse(kb.reasoned().ontology().containsAxiom(statement), "the contraindication is inferred, not asserted");

    ExplanationResult result = explainer.explain(statement, 2, Duration.ofSeconds(60));

    assertTrue(result.entailed());
    assertEquals(2, result.justifications().size());
    for (Justification justification : result.justifications()) {
      List<String> axioms = justification.axioms().stream().map(JustifiedAxiom::rendered).toList();
      assertTrue(axioms.contains("'no benefit from agents targeting' o 'is target of' SubPropertyOf: 'has contraindicated agent'"), axioms::toString);
      assertTrue(axioms.contains("panitumumab 'has target' EGFR"), axioms::toString);
      assertTrue(axioms.contains("'case 003: rectal adenocarcinoma at diagnosis' 'has molecular feature' 'KRAS G12D'"), axioms::toString);
      assertTrue(axioms.stream().anyMatch(a -> a.endsWith("SubClassOf 'no benefit from agents targeting' value EGFR")), axioms::toString);
      int weakest = justification.weakestEvidence().orElseThrow().levelRank();
      assertTrue(weakest == 5 || weakest == 6, "case report or expert opinion, not " + weakest);
    }
  }

  @Test
  void theContraindicationRestsOnExpertOpinionNotOnAGuideline() {
    var statement = reader.read(List.of("case:003-cancer", "crlm:hasContraindicatedAgent", "panitumumab"));
    // Document 002 is a guideline-style summary, not a guideline body's: no justification rests on guideline evidence.
    assertEquals(0, explainer.explain(statement, 2, Duration.ofSeconds(60), index.rankOf("guideline")).justifications().size());

    // Every justification goes through the KRAS or the RAS no-benefit axiom (36 in all, varying in how
    // the case is typed a cancer and how the rectum is part of the large intestine); which a bounded
    // search finds first is not fixed, so each one found is checked.
    ExplanationResult result = explainer.explain(statement, 4, Duration.ofSeconds(60), index.rankOf("expert opinion or editorial"));
    assertEquals(4, result.justifications().size());
    List<String> noBenefitAxioms = List.of("'KRAS-mutant colorectal cancer' SubClassOf 'no benefit from agents targeting' value EGFR",
        "'RAS-mutant colorectal cancer' SubClassOf 'no benefit from agents targeting' value EGFR");
    for (Justification justification : result.justifications()) {
      assertEquals(1, justification.axioms().stream().map(JustifiedAxiom::rendered).filter(noBenefitAxioms::contains).count(),
          justification.axioms()::toString);
      assertEquals(6, justification.weakestGeneralEvidence().orElseThrow().levelRank());
    }
  }

  @Test
  void evidenceLevelsAreNamedByLabelOrRank() {
    assertEquals(2, index.rankOf("Randomized Trial"));
    assertEquals(6, index.rankOf("6"));
    CrlmException e = assertThrows(CrlmException.class, () -> index.rankOf("RCT"));
    assertEquals("Unknown evidence level 'RCT'. The levels, strongest first: 1 guideline, 2 randomized trial, 3 phase 2 trial,"
        + " 4 cohort study, 5 case report, 6 expert opinion or editorial.", e.getMessage());
  }

  @Test
  void aStatementTheKnowledgeBaseDoesNotImplyHasNoJustification() {
    ExplanationResult result = explainer.explain(
        reader.read(List.of("case:003-cancer", "crlm:hasContraindicatedAgent", "crlm:bevacizumab")), 3, Duration.ofSeconds(10));
    assertFalse(result.entailed());
    assertEquals(List.of(), result.justifications());
  }

  @Test
  void anUnknownTermIsNamedWithTheClosestLabels() {
    CrlmException e = assertThrows(CrlmException.class, () -> reader.read(List.of("KRAS G12Z", "RAS mutation")));
    assertTrue(e.getMessage().startsWith("The first term 'KRAS G12Z' names nothing in the knowledge base. Closest labels: "), e.getMessage());
    assertTrue(e.getMessage().contains("'KRAS G12D'"), e.getMessage());
  }
}
