package org.w3id.crlm.ingest.link;

import java.util.List;

/**
 * A span of a document that names an entity of the ontology.
 *
 * @param start first {@code char} of the mention in the document
 * @param end the {@code char} after it
 * @param category what kind of entity it names
 * @param entities the entity's IRI; several when the form is ambiguous between entities of the
 *     same standing, or for a TNM string (one per category: pT4b, pN2a, pM1b)
 * @param form the ontology form that matched, or the normalised TNM string
 */
public record Mention(int start, int end, Category category, List<String> entities, String form) {
  public int length() {
    return end - start;
  }
}
