package org.w3id.crlm.ingest.text;

/**
 * Turns {@code char} indices into code-point offsets, which is what locators and annotations
 * count (as the corpus locators do), so that a character outside the Basic Multilingual Plane
 * does not shift every later offset.
 */
public final class CodePoints {
  private final int[] surrogatesBefore;

  private CodePoints(int[] surrogatesBefore) {
    this.surrogatesBefore = surrogatesBefore;
  }

  public static CodePoints of(String text) {
    int low = -1;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i))) {
        low = i;
        break;
      }
    }
    if (low < 0) {
      return new CodePoints(null);
    }
    int[] before = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      before[i] = count;
      if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        count++;
      }
    }
    before[text.length()] = count;
    return new CodePoints(before);
  }

  /** The code-point offset of a {@code char} index. */
  public int offset(int charIndex) {
    return surrogatesBefore == null ? charIndex : charIndex - surrogatesBefore[charIndex];
  }
}
