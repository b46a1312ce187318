package org.w3id.crlm.clinical;

import java.util.List;
import java.util.Set;

/**
 * A study of the knowledge base with the population it enrolled.
 *
 * @param iri its IRI
 * @param label its name
 * @param population the class of cancer it enrolled
 * @param phase the phase's label, or null
 * @param registryIds its registry identifiers
 * @param interventions what its patients received
 * @param evidence its evidence items' IRIs
 */
public record ClinicalStudy(String iri, String label, String population, String phase, Set<String> registryIds,
    Set<String> interventions, List<String> evidence) {}
