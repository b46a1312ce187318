package org.w3id.crlm.clinical;

import org.semanticweb.owlapi.model.OWLAxiom;

/**
 * An axiom "every cancer of class C has property P with value V": C gains no benefit from
 * agents targeting V, or C has evidence of benefit from the regimen V.
 *
 * @param cancerClass C
 * @param property P
 * @param value V
 * @param axiom the axiom itself, to look up its evidence
 */
public record TargetRestriction(String cancerClass, String property, String value, OWLAxiom axiom) {}
