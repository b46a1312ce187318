package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.system.Txn;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.ontology.Crlm;

/** The matcher with the dictionary of the repository's ontology. */
class EntityMatcherTest {
  private static EntityMatcher matcher;

  @BeforeAll
  static void dictionary() {
    var kb = TestKnowledgeBase.get();
    matcher = new EntityMatcher(kb.dictionary());
  }

  /** Each mention as "text=category:entity[,entity]" with crlm: for the namespace. */
  private static List<String> mentions(String text) {
    return mentions(text, null);
  }

  private static List<String> mentions(String text, String document) {
    return matcher.mentions(text, document).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.category().label() + ":"
            + String.join(",", m.entities().stream().map(e -> e.replace(Crlm.NS, "")).toList()))
        .toList();
  }

  @Test
  void caseHyphensSpacingAndSynonymsAllReachTheSameEntity() {
    assertEquals(List.of("K-RAS=gene:KRAS", "KRAS=gene:KRAS", "5-FU=drug:fluorouracil", "XELOX=regimen:CAPOX",
            "CAPOX=regimen:CAPOX", "FOLFOX=regimen:FOLFOX", "HER2=gene:ERBB2", "ERBB2=gene:ERBB2",
            "MSI-H=biomarker-status:MSI_H", "dMMR=biomarker-status:dMMR"),
        mentions("K-RAS, KRAS; 5-FU; XELOX or CAPOX; FOLFOX; HER2 (ERBB2); MSI-H and dMMR."));
  }

  @Test
  void prefersTheLongestMatchAndReadsVariantsAndMutations() {
    // The gene inside a variant or status phrase is kept as a mention of its own (nested).
    assertEquals(List.of("KRAS G12D=variant:KRAS_G12D", "KRAS=gene:KRAS", "G12D=variant:KRAS_G12D",
            "KRAS-mutated=variant:KRASMutation", "KRAS=gene:KRAS", "RAS wild-type=biomarker-status:RAS_wild_type",
            "RAS=gene:RASFamilyGene"),
        mentions("A KRAS G12D tumour; the G12D mutation; KRAS-mutated disease; RAS wild-type cases."));
  }

  @Test
  void readsACombinationAroundARegimenRestatedInBracketsAndKeepsAStandaloneRestatementApart() {
    assertEquals(List.of("FOLFIRI (irinotecan with leucovorin and 5-FU) plus bevacizumab=regimen:FOLFIRI_bevacizumab",
            "XELOX=regimen:CAPOX", "capecitabine and oxaliplatin=regimen:CAPOX"),
        mentions("We gave FOLFIRI (irinotecan with leucovorin and 5-FU) plus bevacizumab; later XELOX (capecitabine and oxaliplatin)."));
  }

  @Test
  void aClassBeforeItsMemberAddsNoAgentToACombinationButStandsApartOtherwise() {
    assertEquals(List.of("encorafenib with cetuximab plus anti-PD-1 pembrolizumab=regimen:encorafenib_cetuximab_pembrolizumab",
            "anti-HER2=drug:HER2TargetedAgent", "HER2=gene:ERBB2", "trastuzumab=drug:trastuzumab"),
        mentions("Then encorafenib with cetuximab plus anti-PD-1 pembrolizumab; anti-HER2 trastuzumab alone."));
  }

  @Test
  void aVariantHyphenatedToItsGenesMutationClassIsTheVariant() {
    assertEquals(List.of("G12C-mutant KRAS=variant:KRAS_G12C", "KRAS=gene:KRAS"), mentions("A G12C-mutant KRAS tumour."));
  }

  @Test
  void aGeneListedBeforeASharedHeadIsTheGeneItsWordsName() {
    assertEquals(List.of("KRAS=gene:KRAS", "NRAS=gene:NRAS", "BRAF mutations=variant:BRAFMutation", "BRAF=gene:BRAF",
            "RAS=gene:RASFamilyGene", "BRAF wild-type=biomarker-status:BRAF_wild_type", "BRAF=gene:BRAF"),
        mentions("Tested for KRAS/NRAS/BRAF mutations; RAS or BRAF wild-type cases."));
  }

  @Test
  void aProteinBesideAShareOfStainedCellsIsItsStainingFindingElseTheGene() {
    assertEquals(List.of("p53=biomarker-status:TP53_staining", "Ki-67=biomarker-status:MKI67_staining",
            "MLH1 (+)=biomarker-status:MLH1_retained", "MLH1=gene:MLH1", "p53=gene:TP53", "Ki-67=gene:MKI67"),
        mentions("Stained about 70% p53 and Ki-67 25%, MLH1 (+); the p53 and Ki-67 genes."));
  }

  @Test
  void agentClassesAreAlsoReadAsAntibodiesToTheirTargetAndAsInhibition() {
    // The target inside each class's name is kept as a mention of its own (nested).
    assertEquals(List.of("Antibodies to PD-1=drug:AntiPD1Antibody", "PD-1=gene:PDCD1",
            "antibody against vascular endothelial growth factor=drug:AntiVEGFMonoclonalAntibody",
            "vascular endothelial growth factor=gene:VEGFA",
            "KRAS G12C inhibition=drug:KRASG12CInhibitor", "KRAS G12C=variant:KRAS_G12C", "KRAS=gene:KRAS"),
        mentions("Antibodies to PD-1, an antibody against vascular endothelial growth factor, KRAS G12C inhibition."));
  }

  @Test
  void anUnnamedStudyIsLinkedOnlyToTheStudyItsOwnDocumentReportsThatFits() {
    String text = "In a phase II trial of proton beam therapy, and a phase III trial of proton beam therapy.";
    assertEquals(List.of("phase II trial=trial:trial/PBT-liver-metastases-phase2", "proton beam therapy=procedure:ProtonBeamTherapy",
            "proton beam therapy=procedure:ProtonBeamTherapy"), mentions(text, "https://w3id.org/crlm/doc/004_038568472bd911b7"));
    assertEquals(List.of("proton beam therapy=procedure:ProtonBeamTherapy", "proton beam therapy=procedure:ProtonBeamTherapy"),
        mentions(text, "https://w3id.org/crlm/doc/a-new-case-report"));
  }

  @Test
  void readsTnmStringsIntoTheirCategories() {
    assertEquals(List.of("pT4bN2aM1b=stage:pT4b,pN2a,pM1b", "T3a N2=stage:T3a,N2", "stage IVa=stage:StageIVA",
            "pT4bN2aMlb=stage:pT4b,pN2a,pM1b"),
        mentions("Staged pT4bN2aM1b, earlier T3a N2, stage IVa; extracted as pT4bN2aMlb."));
  }

  @Test
  void readsAWrittenOutCombinationAsItsNamedRegimen() {
    assertEquals(List.of("encorafenib and cetuximab=regimen:encorafenib_cetuximab",
            "oxaliplatin and capecitabine=regimen:CAPOX", "cetuximab=drug:cetuximab", "irinotecan=drug:irinotecan"),
        mentions("Give encorafenib and cetuximab, or oxaliplatin and capecitabine; cetuximab or irinotecan."));
  }

  @Test
  void categoriesComeFromTheReasonersHierarchy() {
    String text = "An anti-EGFR antibody such as cetuximab.";
    assertEquals(List.of("anti-EGFR antibody=drug:AntiEGFRMonoclonalAntibody", "EGFR=gene:EGFR", "cetuximab=drug:cetuximab"), mentions(text));
    var kb = TestKnowledgeBase.get();
    EntityMatcher assertedOnly = new EntityMatcher(Txn.calculateRead(kb.dataset(),
        () -> Dictionary.from(kb.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Crlm.ASSERTED_GRAPH)))));
    // Without the closure no drug is known at all: only the gene EGFR, asserted as a gene, is left.
    assertEquals(List.of("EGFR=GENE"), assertedOnly.mentions(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.category()).toList());
  }

  @Test
  void shortAcronymsMatchOnlyInTheirCase() {
    assertEquals(List.of("OS=outcome-measure:OverallSurvival", "overall survival=outcome-measure:OverallSurvival"),
        mentions("OS and overall survival, but not os or the Os of a fish."));
  }

  @Test
  void trialRegistryIdentifiersLinkToTheKnownTrialOrToATrialNamedAfterThem() {
    // NCT02563002 is KEYNOTE-177's record (facts/registry-crossrefs.ttl); the others are unknown here.
    assertEquals(List.of("NCT02563002=trial:trial/KEYNOTE-177", "NCT01234567=trial:trial/NCT01234567",
            "ISRCTN 12345678=trial:trial/ISRCTN12345678", "EudraCT 2004-001234-12=trial:trial/2004-001234-12"),
        mentions("Registered as NCT02563002; see also NCT01234567, ISRCTN 12345678 and EudraCT 2004-001234-12, not NCT123."));
  }

  @Test
  void generalClassWordsAreNotMentions() {
    assertEquals(List.of(), mentions("A clinical trial of standard chemotherapy with a monoclonal antibody."));
  }

  @Test
  void aTrialNamedByItsAcronymIsATrialWhereverTheDocumentWritesIt() {
    assertEquals(List.of("RECOURSE=trial:trial/RECOURSE", "RECOURSE=trial:trial/RECOURSE", "FC-7=trial:trial/FC-7",
            "FOLFOX=regimen:FOLFOX"),
        mentions("As in the RECOURSE trial; RECOURSE enrolled refractory patients. The FC-7 study; the FOLFOX study."));
  }

  @Test
  void aListOfARegimensDrugsWithoutItsModulatorIsTheRegimenButARegimenTwiceIsNot() {
    assertEquals(List.of("5FU, irinotecan, oxaliplatin=regimen:FOLFOXIRI", "FOLFOXIRI=regimen:FOLFOXIRI",
            "FOLFOXIRI=regimen:FOLFOXIRI", "FOLFOXIRI=regimen:FOLFOXIRI"),
        mentions("Given 5FU, irinotecan, oxaliplatin (FOLFOXIRI); then FOLFOXIRI and FOLFOXIRI in two arms."));
  }

  @Test
  void anOrganAdjectiveIsNoSiteButTheOrgansNounInsideADiseaseIs() {
    assertEquals(List.of("colorectal liver metastases=disease:ColorectalCancerWithLiverMetastases", "liver=anatomy:Liver",
            "hepatic artery=anatomy:HepaticArtery"),
        mentions("Hepatic metastases, or colorectal liver metastases, fed by the hepatic artery."));
  }

  @Test
  void aMutationStatusNamesTheGeneAndAGeneInAnotherCaseIsReadInsideAStatus() {
    assertEquals(List.of("BRAF=gene:BRAF", "ras wild type=biomarker-status:RAS_wild_type", "ras=gene:RASFamilyGene",
            "wild-type RAS=biomarker-status:RAS_wild_type", "RAS=gene:RASFamilyGene", "G12C-mutated=variant:KRAS_G12C",
            "BRAF V600E=variant:BRAF_V600E", "BRAF=gene:BRAF"),
        mentions("BRAF mutation status; ras wild type tumours; wild-type RAS; G12C-mutated cancers; BRAF V600E-mutated ones."));
  }

  @Test
  void classWordsOfTherapyAreNotAnnotated() {
    assertEquals(List.of("bevacizumab=drug:bevacizumab", "FOLFOX=regimen:FOLFOX"),
        mentions("The targeted drug (bevacizumab) with doublet chemotherapy (FOLFOX) or a targeted therapy."));
  }
}
