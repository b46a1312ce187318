package org.w3id.crlm.ingest.link;

/**
 * One surface form of an entity.
 *
 * @param form the form as the ontology writes it (a label, a synonym, or a plural made from one)
 * @param key the form reduced to lower-case letters and digits, which the text is matched on
 * @param entity the entity's IRI
 * @param category what kind of entity it is
 * @param caseSensitive whether the letters must match in case too (short acronyms: "OS", "CT")
 * @param rank lower wins when two entities share a key: 0 preferred label, 1 synonym, and 2 more
 *     for each derivation (a parenthetical qualifier dropped, a plural made)
 */
public record DictionaryEntry(
    String form, String key, String entity, Category category, boolean caseSensitive, int rank) implements java.io.Serializable {}
