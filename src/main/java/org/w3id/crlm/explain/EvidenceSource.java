package org.w3id.crlm.explain;

/**
 * Where an axiom of a justification comes from: an evidence item of the knowledge base, its
 * document and the locator of the supporting sentence, and its level of evidence.
 *
 * @param item the evidence item's IRI
 * @param label what the item says, in the curators' words
 * @param fileName the corpus file it was taken from, or null
 * @param start the supporting sentence's first code point, or -1
 * @param end the code point after it, or -1
 * @param level the evidence level's IRI, or null
 * @param levelLabel the level's label ("guideline", "case report"), or null
 * @param levelRank 1 for the strongest level (guideline) up to 6 (expert opinion); 0 if unknown
 */
public record EvidenceSource(String item, String label, String fileName, int start, int end, String level,
    String levelLabel, int levelRank) {
  public boolean hasLocator() {
    return fileName != null && start >= 0 && end > start;
  }
}
