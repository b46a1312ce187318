package org.w3id.crlm.reasoning;

import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * An ontology that HermiT has found consistent and coherent, classified and realized. The
 * reasoner stays open so that later services (explanations, profiles) can ask it more.
 */
public record ReasonedOntology(OWLOntology ontology, OWLReasoner reasoner) {}
