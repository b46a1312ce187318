package org.w3id.crlm.terms;

import org.w3id.crlm.ontology.Crlm;

/**
 * What a term in a user's input may name: the instances of a class, or its subclasses. A field
 * of a profile or a column of a draft accepts one or more kinds.
 *
 * @param description how an error message calls it ("a molecular feature")
 * @param root the class whose instances (or subclasses) qualify
 * @param classes true when the term names a subclass of {@code root}, false for an instance
 */
public record TermKind(String description, String root, boolean classes) {
  public static final TermKind SITE = individuals("an anatomical site", "AnatomicalSite");
  /** A site where metastases are, in a population written "liver metastases". */
  public static final TermKind METASTASIS_SITE = individuals("a site of metastases", "AnatomicalSite");
  public static final TermKind HISTOLOGY = individuals("a histological type", "HistologicalType");
  public static final TermKind FEATURE = individuals("a molecular feature (biomarker status)", "MolecularFeature");
  public static final TermKind FEATURE_CLASS = subclasses("a kind of molecular feature", "MolecularFeature");
  public static final TermKind TIMING_OF_METASTASES = individuals("a metastasis timing", "MetastasisTiming");
  public static final TermKind RESECTABILITY = individuals("a resectability", "Resectability");
  public static final TermKind INTERVENTION = individuals("an agent, regimen or procedure", "Intervention");
  public static final TermKind INTERVENTION_CLASS = subclasses("a kind of agent, regimen or procedure", "Intervention");
  public static final TermKind ADVERSE_EVENT = individuals("an adverse event type", "AdverseEventType");
  public static final TermKind CANCER_CLASS = subclasses("a kind of cancer", "Cancer");
  public static final TermKind STRENGTH = individuals("a recommendation strength", "RecommendationStrength");
  public static final TermKind QUANTITY = individuals("a quantity", "Quantity");
  public static final TermKind LIVER_CONDITION = individuals("a liver condition", "LiverCondition");
  public static final TermKind TREATMENT_TIMING = individuals("a treatment timing", "TreatmentTiming");
  public static final TermKind TEST = individuals("a diagnostic test", "DiagnosticProcedure");
  public static final TermKind LINE = individuals("a line of therapy", "LineOfTherapy");
  public static final TermKind INTENT = individuals("a treatment intent", "TreatmentIntent");
  public static final TermKind UNIT = individuals("a unit", "Unit");
  public static final TermKind GENE = individuals("a gene", "Gene");

  private static TermKind individuals(String description, String localName) {
    return new TermKind(description, Crlm.NS + localName, false);
  }

  private static TermKind subclasses(String description, String localName) {
    return new TermKind(description, Crlm.NS + localName, true);
  }
}
