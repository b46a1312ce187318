package org.w3id.crlm.ingest.link;

/**
 * The matching key of a string: its letters and digits, lower-cased, and the signs that carry
 * meaning in names ("+" in "CK (+)", "*" in "FBXW7 Q95*"), with everything else (spaces,
 * hyphens, slashes, line breaks) dropped, so that "K-RAS", "KRAS" and "K RAS" are one key, and a
 * word hyphenated across a line ("capeci-\ntabine") reads whole.
 */
final class Normalizer {
  private Normalizer() {}

  static String key(String form) {
    StringBuilder key = new StringBuilder(form.length());
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (isKept(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /** The letters and digits of a string, case kept, for case-sensitive forms. */
  static String caseKey(CharSequence form) {
    StringBuilder key = new StringBuilder(form.length());
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (isKept(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  static boolean isKept(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '*';
  }
}
