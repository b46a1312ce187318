package org.w3id.crlm.ingest.link;

/** A text reduced to its matching key (see {@link Normalizer}), with where each key character came from. */
final class NormalizedText {
  private final String key;
  private final int[] origin;

  private NormalizedText(String key, int[] origin) {
    this.key = key;
    this.origin = origin;
  }

  static NormalizedText of(String text) {
    char[] key = new char[text.length()];
    int[] origin = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Normalizer.isKept(c)) {
        key[n] = Character.toLowerCase(c);
        origin[n] = i;
        n++;
      }
    }
    return new NormalizedText(new String(key, 0, n), origin);
  }

  String key() {
    return key;
  }

  /** The index in the original text of key character {@code i}. */
  int origin(int i) {
    return origin[i];
  }
}
