package org.w3id.crlm.reasoning;

import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * An ontology that HermiT has found consistent and coherent, classified and realized. The
 * ontology is what {@code ReasoningInput} keeps of the files (no records, no annotations but
 * labels); the reasoner stays open so that later services (explanations, profiles) can ask it more.
 *
 * @param ontology the ontology HermiT reasons over
 * @param reasoner HermiT over it
 */
public record ReasonedOntology(OWLOntology ontology, OWLReasoner reasoner) {}
