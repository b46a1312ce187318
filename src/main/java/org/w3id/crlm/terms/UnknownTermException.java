package org.w3id.crlm.terms;

import org.w3id.crlm.ErrorCode;

import java.util.List;
import org.w3id.crlm.CrlmException;

/** A word of the input that names nothing of the expected kind; the message lists the closest terms. */
public final class UnknownTermException extends CrlmException {
  private final String term;
  private final List<String> closest;

  public UnknownTermException(String where, String term, String expected, List<String> closest, String known) {
    super(ErrorCode.UNKNOWN_TERM, "%s: %s%s Use a term of the expected kind.".formatted(where, known,
        closest.isEmpty() ? "" : " Closest terms of that kind: " + String.join(", ", closest.stream().map(c -> "'" + c + "'").toList()) + "."));
    this.term = term;
    this.closest = List.copyOf(closest);
  }

  public UnknownTermException(String where, String term, String expected, List<String> closest) {
    super(ErrorCode.UNKNOWN_TERM, "%s: '%s' is not %s known to the knowledge base.%s Use a label or synonym of the ontology, or add the term to it."
        .formatted(where, term, expected,
            closest.isEmpty() ? "" : " Closest known terms: " + String.join(", ", closest.stream().map(c -> "'" + c + "'").toList()) + "."));
    this.term = term;
    this.closest = List.copyOf(closest);
  }

  public String term() {
    return term;
  }

  public List<String> closest() {
    return closest;
  }
}
