package org.w3id.crlm.ingest.link;

/** A text reduced to its matching key (see {@link Normalizer}), with where each key character came from. */
final class NormalizedText {
  private final String key;
  private final int[] origin;

  private NormalizedText(String key, int[] origin) {
    this.key = key;
    this.origin = origin;
  }

  /** The key character of each ASCII character, or 0 where it is dropped: most text is ASCII. */
  private static final char[] ASCII_KEY = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KEY[c] = Normalizer.isKept(c) ? Character.toLowerCase(c) : 0;
    }
  }

  static NormalizedText of(String text) {
    char[] key = new char[text.length()];
    int[] origin = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char k = c < 128 ? ASCII_KEY[c] : Normalizer.isKept(c) ? Character.toLowerCase(c) : 0;
      if (k != 0) {
        key[n] = k;
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
