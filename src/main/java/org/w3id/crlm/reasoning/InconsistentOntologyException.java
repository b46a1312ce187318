package org.w3id.crlm.reasoning;

import org.w3id.crlm.ErrorCode;

import org.w3id.crlm.CrlmException;

/** The ontology has no model: some of its axioms contradict each other. */
public class InconsistentOntologyException extends CrlmException {
  private static final long serialVersionUID = 1L;

  public InconsistentOntologyException(String message) {
    super(ErrorCode.INCONSISTENT_ONTOLOGY, message);
  }
}
