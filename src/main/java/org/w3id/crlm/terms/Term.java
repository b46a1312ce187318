package org.w3id.crlm.terms;

/**
 * A term of the knowledge base that a user's word was matched to.
 *
 * @param iri the entity's IRI
 * @param label its preferred label
 * @param kind the kind it was accepted as
 */
public record Term(String iri, String label, TermKind kind) {
  public boolean isClass() {
    return kind.classes();
  }
}
