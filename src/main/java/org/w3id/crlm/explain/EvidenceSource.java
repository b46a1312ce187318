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
 * @param qualifiers how the source limits its claim ("usually", "possibly", "controversial"), as
 *     labels; empty when it states it without a hedge
 */
public record EvidenceSource(String item, String label, String fileName, int start, int end, String level,
    String levelLabel, int levelRank, java.util.List<String> qualifiers) implements java.io.Serializable {

  /** The item's label with its qualifiers: "HER2 overexpression makes resistance likely (usually)". */
  public String qualifiedLabel() {
    String text = label == null ? item : label;
    return qualifiers.isEmpty() ? text : text + " (" + String.join(", ", qualifiers) + ")";
  }

  public boolean hasLocator() {
    return fileName != null && start >= 0 && end > start;
  }

  /**
   * The sources of a known level at {@code maxRank} or better (1 guideline ... 6 expert opinion):
   * what a request limited to a minimum evidence level may rest on.
   */
  public static java.util.List<EvidenceSource> within(java.util.List<EvidenceSource> sources, int maxRank) {
    return sources.stream().filter(s -> s.levelRank() > 0 && s.levelRank() <= maxRank).toList();
  }

  /** One source per evidence item, strongest level first. */
  public static java.util.List<EvidenceSource> distinct(java.util.List<EvidenceSource> sources) {
    java.util.Map<String, EvidenceSource> byItem = new java.util.LinkedHashMap<>();
    sources.forEach(s -> byItem.putIfAbsent(s.item(), s));
    return byItem.values().stream().sorted(java.util.Comparator.comparingInt(EvidenceSource::levelRank)).toList();
  }
}
