package org.w3id.crlm.ingest.eval;

import org.w3id.crlm.ingest.link.Category;

/**
 * A hand-curated mention: code-point span, category and entity (a crlm: CURIE, tnm: with the
 * TNM string, or NIL when the ontology lacks the entity).
 */
public record GoldMention(int start, int end, Category category, String entity) {}
