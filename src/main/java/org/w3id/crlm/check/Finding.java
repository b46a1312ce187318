package org.w3id.crlm.check;

import java.util.List;
import org.w3id.crlm.explain.EvidenceSource;

/**
 * One thing a check found in a draft.
 *
 * @param severity error (the draft contradicts the knowledge base) or warning
 * @param kind what kind of finding it is (with its stable code)
 * @param where the statement or axiom it concerns ("row 3")
 * @param statement the statement as written
 * @param message what is wrong
 * @param explanation the steps of the reasoning, for a reader
 * @param evidence the evidence the knowledge base's side rests on
 * @param fix a suggested fix
 * @param interventions the interventions (IRIs) the finding is about, so that another check of the
 *     same statement does not say it again; empty when it is about none in particular
 */
public record Finding(Severity severity, FindingKind kind, String where, String statement, String message,
    List<String> explanation, List<EvidenceSource> evidence, String fix, java.util.Set<String> interventions) {

  public Finding(Severity severity, FindingKind kind, String where, String statement, String message,
      List<String> explanation, List<EvidenceSource> evidence, String fix) {
    this(severity, kind, where, statement, message, explanation, evidence, fix, java.util.Set.of());
  }

  /** A finding with its kind's usual severity. */
  public Finding(FindingKind kind, String where, String statement, String message, List<String> explanation,
      List<EvidenceSource> evidence, String fix) {
    this(kind.severity(), kind, where, statement, message, explanation, evidence, fix, java.util.Set.of());
  }

  public enum Severity {
    ERROR, WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
