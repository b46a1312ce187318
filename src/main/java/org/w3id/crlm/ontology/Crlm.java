package org.w3id.crlm.ontology;

import static org.w3id.crlm.ontology.CrlmTerm.Kind.ANNOTATION_PROPERTY;
import static org.w3id.crlm.ontology.CrlmTerm.Kind.CLASS;
import static org.w3id.crlm.ontology.CrlmTerm.Kind.DATA_PROPERTY;
import static org.w3id.crlm.ontology.CrlmTerm.Kind.INDIVIDUAL;
import static org.w3id.crlm.ontology.CrlmTerm.Kind.OBJECT_PROPERTY;

/**
 * The crlm vocabulary as the code names it: the namespace, the knowledge base's graphs and
 * ontologies, and every term the code relies on, typed (checked against the ontology by
 * {@code CrlmVocabularyTest}). No other class builds a crlm: IRI from a name or tests one by
 * its ending; instances (documents, evidence, cases, drafts) have namespaces of their own below.
 */
public final class Crlm {
  private Crlm() {}

  public static final String NS = "https://w3id.org/crlm/";

  /** The vocabulary's ontology IRI (crlm.ttl). */
  public static final String VOCABULARY = NS + "ontology";

  /** The knowledge base's ontology IRI (kb.ttl): the vocabulary and the facts. */
  public static final String KNOWLEDGE_BASE = NS + "kb";

  /** Named graph holding what the ontology files state. */
  public static final String ASSERTED_GRAPH = NS + "graph/asserted";

  /** Named graph holding what HermiT entails and the files do not state. */
  public static final String INFERRED_GRAPH = NS + "graph/inferred";

  /** Named graph holding the figure comparator's findings, made at build time. */
  public static final String COMPARISONS_GRAPH = NS + "graph/comparisons";

  /** Namespace of the figure comparator's findings. */
  public static final String COMPARISON_NS = NS + "comparison/";

  /** The SPARQL function that reads a located sentence from the corpus (not an ontology term). */
  public static final String QUOTE_FUNCTION = NS + "quote";

  // Classes
  /** Drugs given to strengthen a cytotoxic drug (leucovorin): lists of a regimen's components often leave them out. */
  public static final CrlmTerm CHEMOTHERAPY_MODULATOR = new CrlmTerm("ChemotherapyModulator", CLASS);
  public static final CrlmTerm CANCER = new CrlmTerm("Cancer", CLASS);
  public static final CrlmTerm PATIENT = new CrlmTerm("Patient", CLASS);
  public static final CrlmTerm COHORT = new CrlmTerm("Cohort", CLASS);
  public static final CrlmTerm COHORT_PATIENT = new CrlmTerm("CohortPatient", CLASS);
  public static final CrlmTerm COHORT_FINDING = new CrlmTerm("CohortFinding", CLASS);
  public static final CrlmTerm RECORD = new CrlmTerm("Record", CLASS);
  public static final CrlmTerm INTERVENTION = new CrlmTerm("Intervention", CLASS);
  public static final CrlmTerm THERAPEUTIC_AGENT = new CrlmTerm("TherapeuticAgent", CLASS);
  public static final CrlmTerm INVESTIGATIONAL_AGENT = new CrlmTerm("InvestigationalAgent", CLASS);
  public static final CrlmTerm DIAGNOSTIC_PROCEDURE = new CrlmTerm("DiagnosticProcedure", CLASS);
  public static final CrlmTerm ANATOMICAL_SITE = new CrlmTerm("AnatomicalSite", CLASS);
  public static final CrlmTerm HISTOLOGICAL_TYPE = new CrlmTerm("HistologicalType", CLASS);
  public static final CrlmTerm GENE = new CrlmTerm("Gene", CLASS);
  public static final CrlmTerm MOLECULAR_FEATURE = new CrlmTerm("MolecularFeature", CLASS);
  public static final CrlmTerm SEQUENCE_VARIANT = new CrlmTerm("SequenceVariant", CLASS);
  public static final CrlmTerm GENE_AMPLIFICATION = new CrlmTerm("GeneAmplification", CLASS);
  public static final CrlmTerm PROTEIN_OVEREXPRESSION = new CrlmTerm("ProteinOverexpression", CLASS);
  public static final CrlmTerm METASTASIS_TIMING = new CrlmTerm("MetastasisTiming", CLASS);
  public static final CrlmTerm RESECTABILITY = new CrlmTerm("Resectability", CLASS);
  public static final CrlmTerm ADVERSE_EVENT_TYPE = new CrlmTerm("AdverseEventType", CLASS);
  public static final CrlmTerm RE_EXPOSURE_CONTRAINDICATING_REACTION = new CrlmTerm("ReExposureContraindicatingReaction", CLASS);
  public static final CrlmTerm RECOMMENDATION = new CrlmTerm("Recommendation", CLASS);
  public static final CrlmTerm RECOMMENDATION_STRENGTH = new CrlmTerm("RecommendationStrength", CLASS);
  public static final CrlmTerm QUANTITY = new CrlmTerm("Quantity", CLASS);
  public static final CrlmTerm UNIT = new CrlmTerm("Unit", CLASS);
  public static final CrlmTerm LIVER_CONDITION = new CrlmTerm("LiverCondition", CLASS);
  public static final CrlmTerm TREATMENT_TIMING = new CrlmTerm("TreatmentTiming", CLASS);
  public static final CrlmTerm LINE_OF_THERAPY = new CrlmTerm("LineOfTherapy", CLASS);
  public static final CrlmTerm TREATMENT_INTENT = new CrlmTerm("TreatmentIntent", CLASS);
  public static final CrlmTerm TNM_CLASSIFICATION = new CrlmTerm("TNMClassification", CLASS);
  public static final CrlmTerm AJCC_STAGE_GROUP = new CrlmTerm("AJCCStageGroup", CLASS);
  public static final CrlmTerm TNM_CATEGORY = new CrlmTerm("TNMCategory", CLASS);
  public static final CrlmTerm SYSTEMIC_THERAPY = new CrlmTerm("SystemicTherapy", CLASS);
  public static final CrlmTerm PREVIOUSLY_TREATED_METASTATIC_CRC = new CrlmTerm("PreviouslyTreatedMetastaticColorectalCancer", CLASS);
  public static final CrlmTerm T_CATEGORY = new CrlmTerm("TCategory", CLASS);
  public static final CrlmTerm N_CATEGORY = new CrlmTerm("NCategory", CLASS);
  public static final CrlmTerm M_CATEGORY = new CrlmTerm("MCategory", CLASS);
  public static final CrlmTerm NON_AJCC_CATEGORY = new CrlmTerm("NonAJCCCategory", CLASS);
  public static final CrlmTerm ECOG_PERFORMANCE_STATUS = new CrlmTerm("ECOGPerformanceStatus", CLASS);
  public static final CrlmTerm INGESTED_DOCUMENT = new CrlmTerm("IngestedDocument", CLASS);
  public static final CrlmTerm SENTENCE = new CrlmTerm("Sentence", CLASS);
  public static final CrlmTerm NUMERIC_CLAIM = new CrlmTerm("NumericClaim", CLASS);
  public static final CrlmTerm SUGGESTION = new CrlmTerm("Suggestion", CLASS);
  public static final CrlmTerm RELATION_SUGGESTION = new CrlmTerm("RelationSuggestion", CLASS);
  public static final CrlmTerm FIGURE_COMPARISON = new CrlmTerm("FigureComparison", CLASS);
  public static final CrlmTerm STUDY_ARM = new CrlmTerm("StudyArm", CLASS);
  public static final CrlmTerm CLINICAL_TRIAL = new CrlmTerm("ClinicalTrial", CLASS);

  // Object properties
  public static final CrlmTerm HAS_CANCER = new CrlmTerm("hasCancer", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_PRIMARY_SITE = new CrlmTerm("hasPrimarySite", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_HISTOLOGY = new CrlmTerm("hasHistology", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_MOLECULAR_FEATURE = new CrlmTerm("hasMolecularFeature", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_METASTASIS_SITE = new CrlmTerm("hasMetastasisSite", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_RECORDED_METASTASIS_SITE = new CrlmTerm("hasRecordedMetastasisSite", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_METASTASIS_TIMING = new CrlmTerm("metastasisTiming", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_RESECTABILITY = new CrlmTerm("resectability", OBJECT_PROPERTY);
  public static final CrlmTerm PERFORMANCE_STATUS = new CrlmTerm("performanceStatus", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_TNM_CLASSIFICATION = new CrlmTerm("hasTNMClassification", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_T_CATEGORY = new CrlmTerm("hasTCategory", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_N_CATEGORY = new CrlmTerm("hasNCategory", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_M_CATEGORY = new CrlmTerm("hasMCategory", OBJECT_PROPERTY);
  public static final CrlmTerm IN_GENE = new CrlmTerm("inGene", OBJECT_PROPERTY);
  public static final CrlmTerm NO_BENEFIT_FROM_AGENTS_TARGETING = new CrlmTerm("noBenefitFromAgentsTargeting", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_EVIDENCE_OF_BENEFIT_FROM = new CrlmTerm("hasEvidenceOfBenefitFrom", OBJECT_PROPERTY);
  public static final CrlmTerm LIKELY_NO_BENEFIT_FROM_AGENTS_TARGETING = new CrlmTerm("likelyNoBenefitFromAgentsTargeting", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_POSSIBLE_BENEFIT_FROM = new CrlmTerm("hasPossibleBenefitFrom", OBJECT_PROPERTY);
  public static final CrlmTerm PREVIOUSLY_TREATED_WITH = new CrlmTerm("previouslyTreatedWith", OBJECT_PROPERTY);
  public static final CrlmTerm RECOMMENDED_INTERVENTION = new CrlmTerm("recommendedIntervention", OBJECT_PROPERTY);
  public static final CrlmTerm STRENGTH = new CrlmTerm("strength", OBJECT_PROPERTY);
  public static final CrlmTerm REQUIRES_TEST = new CrlmTerm("requiresTest", OBJECT_PROPERTY);
  public static final CrlmTerm TIMING = new CrlmTerm("timing", OBJECT_PROPERTY);
  public static final CrlmTerm HAS_RULE = new CrlmTerm("hasRule", OBJECT_PROPERTY);
  public static final CrlmTerm APPLIES_TO_LIVER_CONDITION = new CrlmTerm("appliesToLiverCondition", OBJECT_PROPERTY);
  public static final CrlmTerm CONSTRAINS_QUANTITY = new CrlmTerm("constrainsQuantity", OBJECT_PROPERTY);
  public static final CrlmTerm COMPARATOR = new CrlmTerm("comparator", OBJECT_PROPERTY);
  public static final CrlmTerm UNIT_OF = new CrlmTerm("unit", OBJECT_PROPERTY);
  public static final CrlmTerm CONCERNS_MEASURE = new CrlmTerm("concernsMeasure", OBJECT_PROPERTY);
  public static final CrlmTerm IN_SENTENCE = new CrlmTerm("inSentence", OBJECT_PROPERTY);
  public static final CrlmTerm NEAR_ENTITY = new CrlmTerm("nearEntity", OBJECT_PROPERTY);
  public static final CrlmTerm REVIEW_STATUS = new CrlmTerm("reviewStatus", OBJECT_PROPERTY);
  public static final CrlmTerm SUGGESTED_BIOMARKER = new CrlmTerm("suggestedBiomarker", OBJECT_PROPERTY);
  public static final CrlmTerm SUGGESTED_THERAPY = new CrlmTerm("suggestedTherapy", OBJECT_PROPERTY);
  public static final CrlmTerm SUGGESTED_SUBJECT = new CrlmTerm("suggestedSubject", OBJECT_PROPERTY);
  public static final CrlmTerm SUGGESTED_OBJECT = new CrlmTerm("suggestedObject", OBJECT_PROPERTY);
  public static final CrlmTerm VERDICT = new CrlmTerm("verdict", OBJECT_PROPERTY);
  public static final CrlmTerm FIRST_FIGURE = new CrlmTerm("firstFigure", OBJECT_PROPERTY);
  public static final CrlmTerm SECOND_FIGURE = new CrlmTerm("secondFigure", OBJECT_PROPERTY);
  public static final CrlmTerm COMPARES_FIGURE = new CrlmTerm("comparesFigure", OBJECT_PROPERTY);
  // Cohort results (ontology/cohort.ttl)
  public static final CrlmTerm IN_COHORT = new CrlmTerm("inCohort", OBJECT_PROPERTY);
  public static final CrlmTerm INFERRED_STAGE_GROUP = new CrlmTerm("inferredStageGroup", OBJECT_PROPERTY);
  public static final CrlmTerm INFERRED_POPULATION = new CrlmTerm("inferredPopulation", OBJECT_PROPERTY);
  public static final CrlmTerm NO_BENEFIT_FINDING = new CrlmTerm("noBenefitFinding", OBJECT_PROPERTY);
  public static final CrlmTerm ADVERSE_EVENT_FINDING = new CrlmTerm("adverseEventFinding", OBJECT_PROPERTY);
  public static final CrlmTerm FINDING_AGENT = new CrlmTerm("findingAgent", OBJECT_PROPERTY);
  public static final CrlmTerm FINDING_POPULATION = new CrlmTerm("findingPopulation", OBJECT_PROPERTY);
  public static final CrlmTerm APPLICABLE_RECOMMENDATION = new CrlmTerm("applicableRecommendation", OBJECT_PROPERTY);
  public static final CrlmTerm ADVISED_AGAINST_FOR = new CrlmTerm("advisedAgainstFor", OBJECT_PROPERTY);
  public static final CrlmTerm FITS_STUDY = new CrlmTerm("fitsStudy", OBJECT_PROPERTY);

  // Data properties
  public static final CrlmTerm VALUE = new CrlmTerm("value", DATA_PROPERTY);
  public static final CrlmTerm REGISTRY_ID = new CrlmTerm("registryId", DATA_PROPERTY);
  public static final CrlmTerm COHORT_LINE = new CrlmTerm("cohortLine", DATA_PROPERTY);
  public static final CrlmTerm FINDING_REASON = new CrlmTerm("findingReason", DATA_PROPERTY);
  public static final CrlmTerm NOT_ANSWERED_BECAUSE = new CrlmTerm("notAnsweredBecause", DATA_PROPERTY);
  public static final CrlmTerm MIN_VALUE = new CrlmTerm("minValue", DATA_PROPERTY);
  public static final CrlmTerm MAX_VALUE = new CrlmTerm("maxValue", DATA_PROPERTY);
  public static final CrlmTerm LOWER_VALUE = new CrlmTerm("lowerValue", DATA_PROPERTY);
  public static final CrlmTerm UPPER_VALUE = new CrlmTerm("upperValue", DATA_PROPERTY);
  public static final CrlmTerm FILE_NAME = new CrlmTerm("fileName", DATA_PROPERTY);
  public static final CrlmTerm SHA256 = new CrlmTerm("sha256", DATA_PROPERTY);
  public static final CrlmTerm STORED_COPY = new CrlmTerm("storedCopy", DATA_PROPERTY);
  public static final CrlmTerm CATEGORY = new CrlmTerm("category", DATA_PROPERTY);
  public static final CrlmTerm CLAIM_KIND = new CrlmTerm("claimKind", DATA_PROPERTY);
  public static final CrlmTerm UNIT_CODE = new CrlmTerm("unitCode", DATA_PROPERTY);
  public static final CrlmTerm TRIGGER_WORD = new CrlmTerm("triggerWord", DATA_PROPERTY);
  public static final CrlmTerm SUGGESTED_RELATION = new CrlmTerm("suggestedRelation", DATA_PROPERTY);
  public static final CrlmTerm FOUND_BY_PATTERN = new CrlmTerm("foundByPattern", DATA_PROPERTY);
  public static final CrlmTerm CONFIDENCE = new CrlmTerm("confidence", DATA_PROPERTY);
  public static final CrlmTerm REASONING_STEP = new CrlmTerm("reasoningStep", DATA_PROPERTY);
  public static final CrlmTerm WITHIN_DOCUMENT = new CrlmTerm("withinDocument", DATA_PROPERTY);

  // Annotation properties
  public static final CrlmTerm HAS_EVIDENCE = new CrlmTerm("hasEvidence", ANNOTATION_PROPERTY);
  /** An adjective naming an entity ("hepatic"): a synonym for a term lookup, not a mention in running text. */
  public static final CrlmTerm ADJECTIVAL_LABEL = new CrlmTerm("adjectivalLabel", ANNOTATION_PROPERTY);
  public static final CrlmTerm QUALIFIER = new CrlmTerm("qualifier", ANNOTATION_PROPERTY);
  /** The population a recommendation or an evidence item is about: a class, so an annotation in OWL 2 DL. */
  public static final CrlmTerm POPULATION = new CrlmTerm("population", ANNOTATION_PROPERTY);

  // Individuals
  public static final CrlmTerm GENERAL_PHARMACOLOGY = new CrlmTerm("GeneralPharmacology", INDIVIDUAL);
  public static final CrlmTerm HARM = new CrlmTerm("Harm", INDIVIDUAL);
  public static final CrlmTerm STRONG_RECOMMENDATION = new CrlmTerm("StrongRecommendation", INDIVIDUAL);
  public static final CrlmTerm RECOMMEND = new CrlmTerm("Recommend", INDIVIDUAL);
  public static final CrlmTerm CONSIDER = new CrlmTerm("Consider", INDIVIDUAL);
  public static final CrlmTerm AVOID = new CrlmTerm("Avoid", INDIVIDUAL);
  public static final CrlmTerm PERCENT = new CrlmTerm("Percent", INDIVIDUAL);
  public static final CrlmTerm RATIO = new CrlmTerm("Ratio", INDIVIDUAL);
  public static final CrlmTerm GREATER_THAN = new CrlmTerm("GreaterThan", INDIVIDUAL);
  public static final CrlmTerm AT_LEAST = new CrlmTerm("AtLeast", INDIVIDUAL);
  public static final CrlmTerm LESS_THAN = new CrlmTerm("LessThan", INDIVIDUAL);
  public static final CrlmTerm AT_MOST = new CrlmTerm("AtMost", INDIVIDUAL);
  public static final CrlmTerm EQUAL_TO = new CrlmTerm("EqualTo", INDIVIDUAL);
  public static final CrlmTerm APPROXIMATELY = new CrlmTerm("Approximately", INDIVIDUAL);
  public static final CrlmTerm RATE_STATISTIC = new CrlmTerm("RateStatistic", INDIVIDUAL);
  public static final CrlmTerm COUNT_STATISTIC = new CrlmTerm("CountStatistic", INDIVIDUAL);
  public static final CrlmTerm UNREVIEWED = new CrlmTerm("Unreviewed", INDIVIDUAL);
  public static final CrlmTerm FIRST_LINE = new CrlmTerm("FirstLine", INDIVIDUAL);
  public static final CrlmTerm ACCEPTED = new CrlmTerm("Accepted", INDIVIDUAL);
  public static final CrlmTerm REJECTED = new CrlmTerm("Rejected", INDIVIDUAL);
  public static final CrlmTerm PROMOTED = new CrlmTerm("Promoted", INDIVIDUAL);
  public static final CrlmTerm MONTHS = new CrlmTerm("Months", INDIVIDUAL);
  public static final CrlmTerm YEARS = new CrlmTerm("Years", INDIVIDUAL);
  public static final CrlmTerm WEEKS = new CrlmTerm("Weeks", INDIVIDUAL);
  public static final CrlmTerm DAYS = new CrlmTerm("Days", INDIVIDUAL);
  public static final CrlmTerm GRAY = new CrlmTerm("Gray", INDIVIDUAL);
  public static final CrlmTerm MILLIMETRE = new CrlmTerm("Millimetre", INDIVIDUAL);
  public static final CrlmTerm CENTIMETRE = new CrlmTerm("Centimetre", INDIVIDUAL);
  public static final CrlmTerm MILLIGRAM_PER_SQUARE_METRE = new CrlmTerm("MilligramPerSquareMetre", INDIVIDUAL);
  public static final CrlmTerm MILLIGRAM_PER_KILOGRAM = new CrlmTerm("MilligramPerKilogram", INDIVIDUAL);
  public static final CrlmTerm MILLIGRAM = new CrlmTerm("MilligramAbsolute", INDIVIDUAL);

  /** The ECOG performance status {@code grade} (0 to 4), an individual of {@link #ECOG_PERFORMANCE_STATUS}. */
  public static CrlmTerm ecog(int grade) {
    if (grade < 0 || grade > 4) {
      throw new IllegalArgumentException("An ECOG performance status is 0 to 4, not " + grade);
    }
    return new CrlmTerm("ECOG" + grade, INDIVIDUAL);
  }

  /** The TNM category {@code category} as the parser validated it ("pT4b", "cN2a"), an individual of the staging module. */
  public static CrlmTerm tnmCategory(String category) {
    return new CrlmTerm(category, INDIVIDUAL);
  }

  /** The local name of a crlm: IRI, as the command line prints terms ("StageIVB"); other IRIs whole. */
  public static String localName(String iri) {
    return iri.startsWith(NS) ? iri.substring(NS.length()) : iri;
  }

  /** Prefixes offered to every query and used when printing results. */
  public static final String PREFIXES =
      """
      PREFIX crlm: <https://w3id.org/crlm/>
      PREFIX doc: <https://w3id.org/crlm/doc/>
      PREFIX ev: <https://w3id.org/crlm/evidence/>
      PREFIX case: <https://w3id.org/crlm/case/>
      PREFIX trial: <https://w3id.org/crlm/trial/>
      PREFIX fig: <https://w3id.org/crlm/figure/>
      PREFIX rec: <https://w3id.org/crlm/recommendation/>
      PREFIX rule: <https://w3id.org/crlm/rule/>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      """;
}
