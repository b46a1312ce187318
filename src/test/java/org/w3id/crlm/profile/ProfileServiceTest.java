package org.w3id.crlm.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
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
import org.w3id.crlm.DeadlineExceededException;

/** Patient profiles: the two cases of the corpus, answered by reasoning over the profile and the knowledge base. */
class ProfileServiceTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static KnowledgeBase kb;
  private static ClinicalContext context;
  private static ProfileService service;
  private static ProfileReader reader;

  @BeforeAll
  static void service() {
    kb = TestKnowledgeBase.get();
    ProvenanceIndex index = Txn.calculateRead(kb.dataset(),
        () -> ProvenanceIndex.build(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
    Corpus corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());
    context = ClinicalContext.of(kb, () -> index, corpus);
    service = new ProfileService(context);
    reader = new ProfileReader(context.terms(), context.tnmParser());
  }

  private static JsonObject answer(String example, int maxRank) throws Exception {
    String text = Files.readString(TestKnowledgeBase.home().resolve("examples/profiles").resolve(example));
    return service.answer(reader.read(text, example), maxRank, LIMIT).toJson(context.corpus());
  }

  private static List<String> labels(JsonObject answer, String section) {
    return answer.get(section).getAsArray().stream().map(v -> v.getAsObject().get("label").getAsString().value()).toList();
  }

  @Test
  void krasG12dCaseIsStageIvbWithAntiEgfrAgentsOfNoBenefitAndG12cInhibitorsNotApplicable() throws Exception {
    JsonObject answer = answer("case-003-kras-g12d.json", 6);

    assertEquals(List.of("Stage IVB"), labels(answer, "stageGroup"));
    assertEquals(List.of("cetuximab", "panitumumab"), labels(answer, "noBenefit").stream().sorted().toList());
    JsonObject panitumumab = answer.get("noBenefit").getAsArray().stream().map(JsonValue::getAsObject)
        .filter(o -> o.get("label").getAsString().value().equals("panitumumab")).findFirst().orElseThrow();
    List<String> reasons = panitumumab.get("reasons").getAsArray().stream()
        .map(r -> r.getAsObject().get("population").getAsObject().get("label").getAsString().value()).sorted().toList();
    assertEquals(List.of("KRAS-mutant colorectal cancer", "RAS-mutant colorectal cancer"), reasons);
    JsonObject krasReason = panitumumab.get("reasons").getAsArray().stream().map(JsonValue::getAsObject)
        .filter(r -> r.get("population").getAsObject().get("label").getAsString().value().startsWith("KRAS")).findFirst().orElseThrow();
    JsonObject guideline = krasReason.get("evidence").getAsArray().get(0).getAsObject();
    // Document 002 is a guideline-style summary, not a guideline body's: its sentence is expert opinion (rank 6).
    assertEquals("002_99b98df18908f3a3.txt 1074-1216 rank 6", guideline.get("document").getAsString().value() + " "
        + guideline.get("start").getAsNumber().value() + "-" + guideline.get("end").getAsNumber().value()
        + " rank " + guideline.get("level").getAsObject().get("rank").getAsNumber().value());
    assertTrue(guideline.get("sentence").getAsString().value().contains("KRAS"));
    assertEquals(List.of("adagrasib", "divarasib", "sotorasib"), labels(answer, "notApplicable"));
    assertEquals(List.of("autologous T-cell therapy for KRAS G12D colorectal cancer", "MRTX1133"), labels(answer, "targetedAgents"));
    assertTrue(answer.get("targetedAgents").getAsArray().stream()
        .allMatch(a -> a.getAsObject().get("investigational").getAsBoolean().value()));
    // The sentence about EGFR inhibitors in KRAS-mutant tumours states a fact, not an instruction: it reaches the
    // patient as the no-benefit answer above, not as a recommendation to avoid.
    assertTrue(labels(answer, "advisedAgainst").stream().noneMatch(l -> l.startsWith("Do not give EGFR inhibitors")));
  }

  @Test
  void theStageGroupAndTheContraindicationAreInferredNotAsserted() {
    var asserted = kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH);
    Txn.executeRead(kb.dataset(), () -> {
      assertFalse(asserted.contains(null, asserted.createProperty(Crlm.NS + "hasContraindicatedAgent"), (org.apache.jena.rdf.model.RDFNode) null),
          "no contraindication is asserted: the profile's come from the no-benefit axioms of the classes the reasoner finds");
    });
    var profile = reader.read("{\"primarySite\": \"rectum\", \"tnm\": \"pT4b pN2a pM1b\"}", "no biomarkers");
    JsonObject answer = service.answer(profile, 6, LIMIT).toJson(context.corpus());
    assertEquals(List.of("Stage IVB"), labels(answer, "stageGroup"));
    assertEquals(List.of(), labels(answer, "noBenefit"), "without a KRAS or RAS status nothing rules anti-EGFR agents out");
  }

  @Test
  void rasWildTypeLeftSidedCaseHasAntiEgfrWithADoubletAsEvidenceOfBenefitAndOxaliplatinRuledOut() throws Exception {
    JsonObject answer = answer("case-000-ras-wild-type.json", 6);

    assertEquals(List.of("Stage IVA"), labels(answer, "stageGroup"));
    assertEquals(List.of(), labels(answer, "noBenefit"));
    // The sentence on left-sided disease says where the benefit lies and tells the reader nothing to
    // do (issue 14): a claim, so it is evidence of benefit and not a recommendation.
    assertTrue(labels(answer, "recommendations").stream().noneMatch(r -> r.contains("anti-EGFR")), labels(answer, "recommendations")::toString);
    assertTrue(labels(answer, "evidenceOfBenefit").containsAll(List.of("cetuximab with FOLFIRI", "FOLFOX with cetuximab")));
    List<String> excluded = labels(answer, "excludedByAdverseEvents");
    assertEquals("oxaliplatin", excluded.get(0));
    assertTrue(excluded.containsAll(List.of("CAPOX", "FOLFOX", "FOLFOXIRI", "FOLFOX with cetuximab")));
    assertFalse(excluded.contains("FOLFIRI"));
    assertTrue(labels(answer, "notApplicable").containsAll(List.of("sotorasib", "encorafenib")));
  }

  @Test
  void aMinimumEvidenceLevelKeepsOnlyAnswersOnThatEvidence() throws Exception {
    // Every source of the anti-EGFR no-benefit axioms is expert opinion (the summary of document 002, the
    // editorial, papers the case reports cite): asked for case-report evidence or better, none is left.
    JsonObject strict = answer("case-003-kras-g12d.json", 5);
    assertEquals(0, strict.get("noBenefit").getAsArray().size());
    assertTrue(strict.get("recommendations").getAsArray().stream().allMatch(r -> r.getAsObject().get("evidence").getAsArray()
        .stream().allMatch(e -> e.getAsObject().get("level").getAsObject().get("rank").getAsNumber().value().intValue() <= 5)));

    JsonObject all = answer("case-003-kras-g12d.json", 6);
    assertEquals(2, all.get("noBenefit").getAsArray().size());
  }

  @Test
  void withExplainTheTumoursPopulationIsJustifiedAxiomByAxiom() throws Exception {
    String text = Files.readString(TestKnowledgeBase.home().resolve("examples/profiles/case-003-kras-g12d.json"));
    JsonObject answer = service.answer(reader.read(text, "case-003-kras-g12d"), 6, LIMIT, true).toJson(context.corpus());
    JsonObject reason = answer.get("noBenefit").getAsArray().get(0).getAsObject().get("reasons").getAsArray().stream()
        .map(JsonValue::getAsObject)
        .filter(r -> r.get("population").getAsObject().get("label").getAsString().value().equals("KRAS-mutant colorectal cancer"))
        .findFirst().orElseThrow();
    List<String> axioms = reason.get("whyThePopulation").getAsArray().stream()
        .map(a -> a.getAsObject().get("axiom").getAsString().value()).toList();
    assertTrue(axioms.contains("'the tumour of case-003-kras-g12d' 'has molecular feature' 'KRAS G12D'"), axioms.toString());
    assertTrue(axioms.contains("'KRAS mutation' EquivalentTo 'sequence variant' and ('in gene' value KRAS)"), axioms.toString());
  }

  @Test
  void badProfilesNameTheFieldAndTheClosestTerms() {
    CrlmException unknown = assertThrows(CrlmException.class,
        () -> reader.read("{\"primarySite\": \"rectum\", \"biomarkers\": [\"KRAZ G12D\"]}", "p.json"));
    assertTrue(unknown.getMessage().startsWith("p.json, field biomarkers[0]: 'KRAZ G12D' is not a molecular feature"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("'KRAS G12D'"), unknown.getMessage());
    CrlmException field = assertThrows(CrlmException.class, () -> reader.read("{\"primarySite\": \"rectum\", \"stage\": \"IV\"}", "p.json"));
    assertTrue(field.getMessage().startsWith("p.json: unknown field 'stage'."), field.getMessage());
    CrlmException syntax = assertThrows(CrlmException.class, () -> reader.read("{\"primarySite\": ", "p.json"));
    assertTrue(syntax.getMessage().startsWith("p.json is not valid JSON"), syntax.getMessage());
    CrlmException ecog = assertThrows(CrlmException.class, () -> reader.read("{\"primarySite\": \"rectum\", \"ecog\": 7}", "p.json"));
    assertEquals("p.json, field ecog: '7' is not an ECOG performance status; give a whole number from 0 to 4.", ecog.getMessage());
  }

  @Test
  void aVariantTheKnowledgeBaseDoesNotNameIsReasonedOverThroughItsGene() {
    var profile = reader.read("{\"id\": \"g13d\", \"primarySite\": \"sigmoid colon\", \"metastases\": [\"liver\"],"
        + " \"biomarkers\": [\"KRAS G13D\"]}", "g13d");
    JsonObject answer = service.answer(profile, 6, LIMIT).toJson(context.corpus());
    assertEquals(List.of("cetuximab", "panitumumab"), labels(answer, "noBenefit").stream().sorted().toList());
    assertTrue(labels(answer, "populations").contains("KRAS-mutant metastatic colorectal cancer"), labels(answer, "populations").toString());
    assertTrue(labels(answer, "notApplicable").containsAll(List.of("sotorasib", "MRTX1133")));
  }

  @Test
  void aContradictoryProfileNamesTheValuesThatExcludeEachOther() {
    var profile = reader.read("{\"id\": \"p10\", \"primarySite\": \"rectum\", \"biomarkers\": [\"KRAS G12D\", \"RAS wild type\"]}", "p10");
    CrlmException e = assertThrows(CrlmException.class, () -> service.answer(profile, 6, LIMIT));
    assertTrue(e.getMessage().contains("has molecular feature KRAS G12D; has molecular feature RAS wild type"), e.getMessage());
  }

  @Test
  void aReasonerThatRunsOutOfTimeGivesAClearTimeOut() {
    var profile = reader.read("{\"primarySite\": \"rectum\", \"tnm\": \"pT4b pN2a pM1b\"}", "slow");
    DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
        () -> service.answer(profile, 6, Duration.ofMillis(1)));
    assertEquals("Reasoning over profile 'slow' was stopped at the time limit of 1 ms; nothing was changed.", e.getMessage());
  }
}
