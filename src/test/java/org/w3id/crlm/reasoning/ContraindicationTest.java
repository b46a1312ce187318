package org.w3id.crlm.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.GraphSelection;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Which agents the reasoner contraindicates for cancers of each biomarker context, and that the
 * contraindication stays scoped: it names agents, never the combinations that carry their own
 * evidence of benefit (sotorasib with panitumumab, encorafenib with cetuximab).
 */
class ContraindicationTest {
  private static KnowledgeBase kb;

  @BeforeAll
  static void build() {
    kb = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withExtraFile(TestKnowledgeBase.fixture("cancers.ttl"))
        .build();
  }

  private static List<String> values(GraphSelection graph, String cancer, String property) {
    Dataset view = graph.view(kb.dataset());
    String query = "SELECT ?v WHERE { <https://w3id.org/crlm/test/%s> crlm:%s ?v } ORDER BY ?v"
        .formatted(cancer, property);
    return Txn.calculateRead(kb.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(view).query(SparqlQueries.parse(query)).build()) {
        List<String> values = new java.util.ArrayList<>();
        qe.execSelect().forEachRemaining(s -> values.add(s.getResource("v").getLocalName()));
        return values;
      }
    });
  }

  private static List<String> contraindicated(String cancer) {
    return values(GraphSelection.UNION, cancer, "hasContraindicatedAgent");
  }

  @Test
  void krasG12cCancerHasAntiEgfrAgentsContraindicatedAndBenefitsFromSotorasibWithPanitumumabOnlyWhenPretreatedMetastatic() {
    assertEquals(List.of("cetuximab", "panitumumab"), contraindicated("kras-g12c-rectal"));
    assertEquals(List.of(), values(GraphSelection.UNION, "kras-g12c-rectal", "hasEvidenceOfBenefitFrom"));
    assertEquals(List.of("cetuximab", "panitumumab"), contraindicated("kras-g12c-rectal-pretreated"));
    // Also the multidisciplinary assessment that every colorectal cancer with liver metastases benefits from.
    assertEquals(List.of("MultidisciplinaryTeamAssessment", "sotorasib_panitumumab"),
        values(GraphSelection.UNION, "kras-g12c-rectal-pretreated", "hasEvidenceOfBenefitFrom"));
    // Previously treated metastatic disease is inferred from the definitions, never stated.
    assertEquals(List.of(), values(GraphSelection.ASSERTED, "kras-g12c-rectal-pretreated", "hasEvidenceOfBenefitFrom"));
  }

  @Test
  void brafV600eLeftSidedRasWildTypeCancerHasNoContraindicationAndBenefitsFromEncorafenibWithCetuximabOnlyWhenPretreatedMetastatic() {
    assertEquals(List.of(), contraindicated("braf-v600e-sigmoid"));
    assertEquals(List.of(), values(GraphSelection.UNION, "braf-v600e-sigmoid", "hasEvidenceOfBenefitFrom"));
    assertEquals(List.of(), contraindicated("braf-v600e-sigmoid-pretreated"));
    // Left-sided, RAS wild type and metastatic, it also benefits from an anti-EGFR antibody with a doublet.
    assertEquals(List.of("FOLFOX_cetuximab", "MultidisciplinaryTeamAssessment", "cetuximab_FOLFIRI",
        "encorafenib_binimetinib_cetuximab", "encorafenib_cetuximab", "vemurafenib_cetuximab_irinotecan"),
        values(GraphSelection.UNION, "braf-v600e-sigmoid-pretreated", "hasEvidenceOfBenefitFrom"));
  }

  @Test
  void nrasMutantCancerHasAntiEgfrAgentsContraindicatedThroughRasMutation() {
    assertEquals(List.of("cetuximab", "panitumumab"), contraindicated("nras-ascending-colon"));
  }

  @Test
  void rasWildTypeRightSidedMetastaticCancerHasAntiEgfrAgentsContraindicatedButNotANonMetastaticOne() {
    assertEquals(List.of("cetuximab", "panitumumab"), contraindicated("ras-wild-type-transverse-metastatic"));
    // The sentence is about metastatic disease; it says nothing of a right-sided cancer without metastasis.
    assertEquals(List.of(), contraindicated("ras-wild-type-transverse"));
  }

  @Test
  void rasWildTypeLeftSidedCancerHasNoContraindicatedAgent() {
    assertEquals(List.of(), contraindicated("ras-wild-type-rectal"));
  }

  @Test
  void her2AmplifiedCancerIsLikelyWithoutBenefitFromAntiEgfrAgentsButNotContraindicated() {
    // The source says HER2 usually causes resistance: a hedged claim, kept as a likely no benefit.
    assertEquals(List.of(), contraindicated("her2-amplified-sigmoid"));
    assertEquals(List.of("EGFR"), values(GraphSelection.UNION, "her2-amplified-sigmoid", "likelyNoBenefitFromAgentsTargeting"));
  }

  @Test
  void msiHighCancerHasNoContraindicatedAgent() {
    assertEquals(List.of(), contraindicated("msi-high-rectal"));
  }

  @Test
  void contraindicationsAreInferredNeverAsserted() {
    assertEquals(List.of(), values(GraphSelection.ASSERTED, "kras-g12c-rectal", "hasContraindicatedAgent"));
    assertEquals(List.of("cetuximab", "panitumumab"),
        values(GraphSelection.INFERRED, "kras-g12c-rectal", "hasContraindicatedAgent"));
  }

  @Test
  void aMetastasisInALiverSegmentIsALiverMetastasis() {
    assertEquals(List.of("Liver", "LiverSegmentVI", "RightHemiliver", "RightPosteriorSection"),
        values(GraphSelection.UNION, "ras-wild-type-rectal", "hasMetastasisSite"));
    assertEquals(List.of("LiverSegmentVI"),
        values(GraphSelection.ASSERTED, "ras-wild-type-rectal", "hasMetastasisSite"));
  }
}
