package org.w3id.crlm.reasoning;

import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * An ontology that HermiT has found consistent and coherent, classified and realized. The
 * reasoner covers the ontology less its records (see {@link ReasoningScope}); it stays open so
 * that later services (explanations, profiles) can ask it more.
 *
 * @param ontology the whole ontology, records and annotations included
 * @param reasoner HermiT over the reasoned part
 */
public record ReasonedOntology(OWLOntology ontology, OWLReasoner reasoner) {}
