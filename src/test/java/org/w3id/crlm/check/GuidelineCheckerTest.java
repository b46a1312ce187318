package org.w3id.crlm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;

/** The example drafts of examples/guidelines/: one clean, one per kind of finding. */
class GuidelineCheckerTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static KnowledgeBase kb;
  private static ClinicalContext context;
  private static GuidelineChecker checker;

  @BeforeAll
  static void checker() {
    kb = TestKnowledgeBase.get();
    ProvenanceIndex index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    context = ClinicalContext.of(kb, () -> index, Corpus.at(TestKnowledgeBase.corpusDirectory()));
    checker = new GuidelineChecker(context);
  }

  private static Draft draft(String example) throws Exception {
    String text = Files.readString(TestKnowledgeBase.home().resolve("examples/guidelines").resolve(example));
    return DraftFormat.of(example).read(text, example, context);
  }

  private static CheckReport check(String example) throws Exception {
    return checker.check(draft(example), 6, LIMIT);
  }

  private static List<String> summary(CheckReport report) {
    return summary(report.findings());
  }

  private static List<String> summary(List<Finding> findings) {
    return findings.stream().map(f -> f.severity().label() + " " + f.kind().id() + " " + f.where()).toList();
  }

  @Test
  void theCleanDraftsHaveNoFinding() throws Exception {
    assertEquals(List.of(), summary(check("clean.tsv")));
    assertEquals(List.of(), summary(check("clean.ttl")));
  }

  @Test
  void panitumumabWithFolfoxForKrasG12dIsAnErrorWithTheGuidelineSentence() throws Exception {
    CheckReport report = check("no-benefit.tsv");
    assertEquals(List.of("error no-benefit row 2 (R1)", "warning source-disagreement row 2 (R1)"), summary(report));
    Finding finding = report.findings().get(0);
    assertEquals("The draft recommends panitumumab for a population that the evidence says gains no benefit from it.", finding.message());
    assertTrue(finding.explanation().contains("KRAS-mutant colorectal cancer gains no benefit from agents targeting EGFR."));
    assertEquals("https://w3id.org/crlm/evidence/002-kras-egfr-inhibitors-ineffective", finding.evidence().get(0).item());
    assertEquals(6, finding.evidence().get(0).levelRank(), "document 002 is a guideline-style summary: expert opinion");
  }

  @Test
  void withExplainThePopulationsClassIsJustifiedAxiomByAxiom() throws Exception {
    CheckReport report = checker.check(draft("no-benefit.tsv"), 6, LIMIT, true);
    List<String> steps = report.findings().get(0).explanation();
    assertTrue(steps.contains("  - 'the population of row 2 (R1)' 'has molecular feature' 'KRAS G12D'"), steps.toString());
    assertTrue(steps.contains("  - 'KRAS-mutant colorectal cancer' EquivalentTo 'colorectal cancer' and ('has molecular feature' some 'KRAS mutation')"),
        steps.toString());
  }

  @Test
  void cetuximabWithFolfoxForLiverMetastasesIsAHarmWarningFromNewEpoc() throws Exception {
    CheckReport report = check("harm.tsv");
    assertEquals(List.of("warning harm row 2 (R1)"), summary(report));
    assertEquals("The evidence reports harm of FOLFOX with cetuximab in this population.", report.findings().get(0).message());
    assertEquals("000_bde82514826928dc.txt", report.findings().get(0).evidence().get(0).fileName());
    assertEquals(0, report.errors());
  }

  @Test
  void theEvidenceOfBenefitOfLeftSidedDiseaseDoesNotAnswerNewEpocInResectableLiverMetastases() {
    String table = "population\tintervention\trecommendation\tconditions\n"
        + "RAS wild-type left-sided colorectal cancer; colorectal cancer with liver metastases; resectable\tFOLFOX + cetuximab\trecommend\tafter RAS testing\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "new-epoc.tsv", true);
    assertEquals(List.of("warning harm row 2"), summary(checker.check(draft, 6, LIMIT)));
  }

  @Test
  void aThirtyPercentRemnantInACirrhoticLiverContradictsTheFortyPercentRule() throws Exception {
    CheckReport report = check("threshold.tsv");
    assertEquals(List.of("error threshold row 2 (R1)"), summary(report));
    assertEquals("The draft's threshold allows future liver remnant >= 30%, below the 40% the evidence requires.",
        report.findings().get(0).message());
    assertEquals("https://w3id.org/crlm/evidence/004-flr-cirrhosis", report.findings().get(0).evidence().get(0).item());
  }

  @Test
  void upfrontLongCourseChemoradiotherapyWithSynchronousMetastasesIsATimingWarningAsTheSourceHedgesIt() throws Exception {
    CheckReport report = check("timing.tsv");
    // Document 002 says "almost never": a hedged recommendation, so the conflict is a warning naming the qualifier.
    assertEquals(List.of("warning timing row 2 (R1)"), summary(report));
    assertEquals("https://w3id.org/crlm/evidence/002-avoid-upfront-crt", report.findings().get(0).evidence().get(0).item());
  }

  @Test
  void antiEgfrWithoutRasTestingIsAMissingTest() throws Exception {
    CheckReport report = check("missing-test.csv");
    // Document 002 says always test KRAS first: strong, but its evidence is expert opinion (a summary, not a
    // guideline body's), so a warning; case report 000's sentence on RAS testing describes practice.
    assertEquals(List.of("warning missing-test row 2"), summary(report));
    assertEquals("The draft recommends cetuximab without requiring KRAS testing first.", report.findings().get(0).message());
  }

  @Test
  void sourcesThatDisagreeAreAWarningWithEverySource() throws Exception {
    CheckReport report = check("source-disagreement.tsv");
    assertEquals(List.of("warning source-disagreement row 2 (R1)"), summary(report), "sotorasib with panitumumab has evidence of its own");
    assertEquals(List.of("000_bde82514826928dc.txt", "003_cbdbd67247967b81.txt", "004_038568472bd911b7.txt"),
        report.findings().get(0).evidence().stream().map(e -> e.fileName()).distinct().sorted().toList());
    assertEquals(0, report.errors());
  }

  @Test
  void aPopulationWhoseTermsExcludeEachOtherIsAnInconsistency() throws Exception {
    assertEquals(List.of("error inconsistency row 2 (R1)"), summary(check("inconsistent-population.tsv")));
  }

  @Test
  void anUnsatisfiableClassOfTheDraftIsExplainedByItsJustification() throws Exception {
    CheckReport report = check("unsatisfiable-class.ttl");
    assertEquals(List.of("error unsatisfiable-class <https://w3id.org/crlm/KRASMutantRASWildTypeCancer>"), summary(report));
    List<String> steps = report.findings().get(0).explanation();
    assertTrue(steps.contains("'RAS-mutant colorectal cancer' DisjointWith 'RAS wild-type colorectal cancer' (definition of the ontology)")
        || steps.containsAll(List.of("'KRAS-mutant colorectal cancer' DisjointWith 'KRAS wild-type colorectal cancer' (definition of the ontology)",
            "'RAS wild-type colorectal cancer' SubClassOf 'KRAS wild-type colorectal cancer' (definition of the ontology)")), steps.toString());
    assertTrue(steps.stream().anyMatch(s -> s.endsWith("(the draft)")), steps.toString());
  }

  @Test
  void aPopulationWrittenAsOnePhraseIsSplitIntoItsTerms() {
    String table = "population\tintervention\trecommendation\nKRAS G12D rectal cancer\tpanitumumab with FOLFOX\trecommend\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "phrase.tsv", true);
    assertEquals(List.of("KRAS G12D", "rectal cancer"), draft.statements().get(0).population().stream().map(t -> t.label()).toList());
    assertEquals(List.of("panitumumab", "FOLFOX"), draft.statements().get(0).interventions().stream().map(t -> t.label()).toList());
    assertEquals(List.of("error no-benefit row 2", "warning source-disagreement row 2"), summary(checker.check(draft, 6, LIMIT)));
  }

  @Test
  void commonWaysOfWritingADraftAreRead() {
    String table = "population\tintervention\trecommendation\tstrength\tcondition\tnotes\n"
        + "rectal cancer with liver metastases; cirrhotic liver\thepatectomy\trecommended\tstrong\tFLR 30%\tfrom the panel\n"
        + "mCRC; KRAS G12D mutation\tcetuximab\tshould not\t\t\t\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "lenient.tsv", true);
    DraftStatement first = draft.statements().get(0);
    assertEquals("recommend (strong)", first.strength().label());
    assertEquals("future liver remnant = 30%", first.thresholds().get(0).toString());
    assertEquals(List.of("liver cirrhosis"), first.liverConditions().stream().map(t -> t.label()).toList());
    DraftStatement second = draft.statements().get(1);
    assertEquals(List.of("metastatic colorectal cancer", "KRAS G12D"), second.population().stream().map(t -> t.label()).toList());
    assertTrue(second.advisesAgainst());
    assertEquals(List.of("error threshold row 2"), summary(checker.check(draft, 6, LIMIT).findings().stream()
        .filter(f -> f.kind() != FindingKind.SOURCE_DISAGREEMENT).toList()));
  }

  @Test
  void aCombinationWithEvidenceOfItsOwnIsExemptOnlyWithinThePopulationItWasStudiedIn() {
    String table = "population\tintervention\trecommendation\tconditions\n"
        + "BRAF V600E; metastatic colorectal cancer\tencorafenib + cetuximab\trecommend\tafter RAS testing\n"
        + "BRAF V600E; KRAS G12D; metastatic colorectal cancer\tencorafenib + cetuximab\tconsider\tafter RAS testing\n"
        + "MSS; HER2-positive; metastatic colorectal cancer\tpembrolizumab\trecommend\t\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "combinations.tsv", true);
    List<Finding> findings = checker.check(draft, 6, LIMIT).findings().stream()
        .filter(f -> f.kind() != FindingKind.SOURCE_DISAGREEMENT).toList();
    assertEquals(List.of("error no-benefit row 3", "warning no-benefit row 4"), summary(findings));
    assertEquals("The draft recommends cetuximab for a population that the evidence says gains no benefit from it.", findings.get(0).message());
    assertEquals("The evidence reports no benefit or resistance of immune checkpoint inhibitor in this population.", findings.get(1).message());
  }

  @Test
  void anAgentForAnAlterationTheDraftDoesNotRequireAndAnInvestigationalAgentAreWarnings() {
    String table = "population\tintervention\trecommendation\tconditions\n"
        + "metastatic colorectal cancer\ttrastuzumab\tconsider\tlater line\n"
        + "HER2-positive; metastatic colorectal cancer\ttrastuzumab\tconsider\tlater line\n"
        + "KRAS G12D; metastatic colorectal cancer\tMRTX1133\trecommend\tlater line\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "targeted.tsv", true);
    List<Finding> findings = checker.check(draft, 6, LIMIT).findings().stream()
        .filter(f -> f.kind() != FindingKind.SOURCE_DISAGREEMENT).toList();
    assertEquals(List.of("warning missing-biomarker row 2", "warning investigational row 4"), summary(findings));
  }

  @Test
  void thresholdsAreComparedInTheRulesUnit() {
    String table = "population\tintervention\trecommendation\tconditions\n"
        + "rectal cancer with liver metastases; liver cirrhosis\thepatectomy\trecommend\tFLR >= 0.45\n"
        + "rectal cancer with liver metastases; liver cirrhosis\thepatectomy\trecommend\tFLR >= 0.3\n"
        + "rectal cancer with liver metastases; liver cirrhosis\thepatectomy\trecommend\tFLR >= 200 mL\n";
    Draft draft = new TableDraftReader(context.terms()).read(table, "units.tsv", true);
    CheckReport report = checker.check(draft, 6, LIMIT);
    assertEquals(List.of("error threshold row 3", "warning threshold row 4"), summary(report));
    assertEquals("The draft's threshold allows future liver remnant >= 30%, below the 40% the evidence requires.",
        report.findings().get(0).message());
  }

  @Test
  void anUnknownTermNamesTheRowTheColumnAndTheClosestTerms() {
    String draft = "population\tintervention\trecommendation\nmetastatic colorectal cancer\tpanitumumib\trecommend\n";
    CrlmException e = assertThrows(CrlmException.class,
        () -> new TableDraftReader(context.terms()).read(draft, "draft.tsv", true));
    assertTrue(e.getMessage().startsWith("draft.tsv, row 2, column intervention: 'panitumumib' is not an agent, regimen or procedure"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Closest known terms: 'panitumumab'"), e.getMessage());
    CrlmException column = assertThrows(CrlmException.class,
        () -> new TableDraftReader(context.terms()).read("population\tdrug\trecommendation\n", "draft.tsv", true));
    assertTrue(column.getMessage().startsWith("draft.tsv, row 1: unknown column 'drug'."), column.getMessage());
    CrlmException turtle = assertThrows(CrlmException.class,
        () -> new TurtleDraftReader(context.terms(), kb.reasoned().ontology()).read("@prefix crlm: <https://w3id.org/crlm/> .\n crlm:x crlm:population", "d.ttl"));
    assertTrue(turtle.getMessage().startsWith("d.ttl is not valid Turtle: "), turtle.getMessage());
  }
}
