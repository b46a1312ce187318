package org.w3id.crlm.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.semanticweb.owlapi.model.IRI;

/**
 * A term of the crlm vocabulary that the code relies on, with the kind of entity the ontology must
 * declare it as; {@code CrlmVocabularyTest} checks each against the ontology, so renaming a term
 * in Turtle without renaming it here fails a test instead of switching a check off.
 */
public record CrlmTerm(String localName, Kind kind) {
  /** How the ontology declares the term. */
  public enum Kind { CLASS, OBJECT_PROPERTY, DATA_PROPERTY, ANNOTATION_PROPERTY, INDIVIDUAL }

  public String iri() {
    return Crlm.NS + localName;
  }

  /** The term as a Jena node. */
  public Node node() {
    return NodeFactory.createURI(iri());
  }

  /** The term as an OWL API IRI. */
  public IRI owl() {
    return IRI.create(iri());
  }

  /** Whether {@code iri} is this term. */
  public boolean is(String iri) {
    return iri().equals(iri);
  }
}
