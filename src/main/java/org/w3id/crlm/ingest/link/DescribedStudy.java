package org.w3id.crlm.ingest.link;

import java.util.Set;

/**
 * A study the knowledge base says a document reports, with what a description of it can be
 * compared with.
 *
 * @param phase the trial phase as written in its label ("2", "2a"), or null
 * @param enrolled the number of patients enrolled, or null
 */
record DescribedStudy(String iri, String document, String phase, Long enrolled, Set<String> interventions) implements java.io.Serializable {}
