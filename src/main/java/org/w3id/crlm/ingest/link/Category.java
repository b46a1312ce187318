package org.w3id.crlm.ingest.link;

import java.util.Locale;

/**
 * What kind of thing a mention names. The order is the precedence when an entity falls under
 * two roots (a variant is also a molecular feature; a variant that drugs target is also a
 * target): the more specific kind comes first.
 */
public enum Category {
  TRIAL("trial"),
  REGIMEN("regimen"),
  DRUG("drug"),
  VARIANT("variant"),
  BIOMARKER_STATUS("biomarker-status"),
  GENE("gene"),
  PROCEDURE("procedure"),
  STAGE("stage"),
  ANATOMY("anatomy"),
  OUTCOME_MEASURE("outcome-measure"),
  /** A kind of cancer or condition ("colorectal liver metastases"): what trials enrol and drugs treat. */
  DISEASE("disease"),
  /** A kind of harmful event during treatment ("neutropenia"): what a drug can cause. */
  ADVERSE_EVENT("adverse-event");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The name used in annotations, gold files and reports: "drug", "biomarker-status", ... */
  public String label() {
    return label;
  }

  public static Category of(String label) {
    for (Category category : values()) {
      if (category.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
        return category;
      }
    }
    throw new IllegalArgumentException("Unknown category '%s'. Categories: trial, regimen, drug, variant,"
        .formatted(label) + " biomarker-status, gene, procedure, stage, anatomy, outcome-measure, disease, adverse-event.");
  }
}
