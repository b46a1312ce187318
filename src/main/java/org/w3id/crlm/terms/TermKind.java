package org.w3id.crlm.terms;

import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;

/**
 * What a term in a user's input may name: the instances of a class, or its subclasses. A field
 * of a profile or a column of a draft accepts one or more kinds.
 *
 * @param description how an error message calls it ("a molecular feature")
 * @param root the class whose instances (or subclasses) qualify
 * @param classes true when the term names a subclass of {@code root}, false for an instance
 */
public record TermKind(String description, String root, boolean classes) {
  public static final TermKind SITE = individuals("an anatomical site", Crlm.ANATOMICAL_SITE);
  /** A site where metastases are, in a population written "liver metastases". */
  public static final TermKind METASTASIS_SITE = individuals("a site of metastases", Crlm.ANATOMICAL_SITE);
  public static final TermKind HISTOLOGY = individuals("a histological type", Crlm.HISTOLOGICAL_TYPE);
  public static final TermKind FEATURE = individuals("a molecular feature (biomarker status)", Crlm.MOLECULAR_FEATURE);
  public static final TermKind FEATURE_CLASS = subclasses("a kind of molecular feature", Crlm.MOLECULAR_FEATURE);
  public static final TermKind TIMING_OF_METASTASES = individuals("a metastasis timing", Crlm.METASTASIS_TIMING);
  public static final TermKind RESECTABILITY = individuals("a resectability", Crlm.RESECTABILITY);
  public static final TermKind INTERVENTION = individuals("an agent, regimen or procedure", Crlm.INTERVENTION);
  public static final TermKind INTERVENTION_CLASS = subclasses("a kind of agent, regimen or procedure", Crlm.INTERVENTION);
  public static final TermKind ADVERSE_EVENT = individuals("an adverse event type", Crlm.ADVERSE_EVENT_TYPE);
  public static final TermKind CANCER_CLASS = subclasses("a kind of cancer", Crlm.CANCER);
  public static final TermKind STRENGTH = individuals("a recommendation strength", Crlm.RECOMMENDATION_STRENGTH);
  public static final TermKind QUANTITY = individuals("a quantity", Crlm.QUANTITY);
  public static final TermKind LIVER_CONDITION = individuals("a liver condition", Crlm.LIVER_CONDITION);
  public static final TermKind TREATMENT_TIMING = individuals("a treatment timing", Crlm.TREATMENT_TIMING);
  public static final TermKind TEST = individuals("a diagnostic test", Crlm.DIAGNOSTIC_PROCEDURE);
  public static final TermKind LINE = individuals("a line of therapy", Crlm.LINE_OF_THERAPY);
  public static final TermKind INTENT = individuals("a treatment intent", Crlm.TREATMENT_INTENT);
  public static final TermKind UNIT = individuals("a unit", Crlm.UNIT);
  public static final TermKind GENE = individuals("a gene", Crlm.GENE);
  /** A treatment the population has already had ("after progression on FOLFOX"). */
  public static final TermKind PRIOR_THERAPY = individuals("a treatment already given", Crlm.INTERVENTION);
  public static final TermKind TNM_CATEGORY = individuals("a TNM category with its prefix (cT3, pN1a, cM1a)", Crlm.TNM_CATEGORY);

  private static TermKind individuals(String description, CrlmTerm root) {
    return new TermKind(description, root.iri(), false);
  }

  private static TermKind subclasses(String description, CrlmTerm root) {
    return new TermKind(description, root.iri(), true);
  }
}
