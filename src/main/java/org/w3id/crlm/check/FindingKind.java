package org.w3id.crlm.check;

import org.w3id.crlm.check.Finding.Severity;

/**
 * Every kind of finding a check can report, with its stable code (printed and returned in JSON,
 * listed in the README) and the severity it has unless its rule says otherwise (each rule's
 * documentation says when a finding of its kind is raised to an error or lowered to a warning).
 */
public enum FindingKind {
  INCONSISTENCY("inconsistency", "CRLM-F01", Severity.ERROR,
      "the draft's axioms contradict the knowledge base, or a population's terms exclude each other"),
  UNSATISFIABLE_CLASS("unsatisfiable-class", "CRLM-F02", Severity.ERROR, "a class of the draft can have no members"),
  NO_BENEFIT("no-benefit", "CRLM-F03", Severity.ERROR,
      "an agent is recommended for a population that gains no benefit from agents with its target"),
  HARM("harm", "CRLM-F04", Severity.WARNING, "an evidence item reports harm of the intervention in the population"),
  TIMING("timing", "CRLM-F05", Severity.ERROR, "the knowledge base advises against the intervention at that time"),
  CONTRADICTS_RECOMMENDATION("contradicts-recommendation", "CRLM-F06", Severity.ERROR,
      "the draft recommends what the knowledge base advises against, or the reverse"),
  THRESHOLD("threshold", "CRLM-F07", Severity.ERROR, "a threshold the evidence contradicts"),
  MISSING_TEST("missing-test", "CRLM-F08", Severity.ERROR, "a test the knowledge base requires first is not required"),
  MISSING_BIOMARKER("missing-biomarker", "CRLM-F09", Severity.WARNING,
      "an agent made for an alteration is recommended for a population that does not state it"),
  INVESTIGATIONAL("investigational", "CRLM-F10", Severity.WARNING, "an investigational agent is recommended"),
  SOURCE_DISAGREEMENT("source-disagreement", "CRLM-F11", Severity.WARNING,
      "the sources disagree on how common a biomarker of the draft is"),
  NON_AJCC_CATEGORY("non-ajcc-category", "CRLM-F12", Severity.WARNING,
      "a TNM category that AJCC 8th does not define is used"),
  LIKELY_NO_BENEFIT("likely-no-benefit", "CRLM-F13", Severity.WARNING,
      "an agent is recommended for a population that a source says, with a hedge, usually gains no benefit from its target");

  private final String id;
  private final String code;
  private final Severity severity;
  private final String description;

  FindingKind(String id, String code, Severity severity, String description) {
    this.id = id;
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** The kind as reports name it ("no-benefit"). */
  public String id() {
    return id;
  }

  /** The stable code ("CRLM-F03"). */
  public String code() {
    return code;
  }

  /** The severity a finding of this kind has unless its rule says otherwise. */
  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return id;
  }
}
