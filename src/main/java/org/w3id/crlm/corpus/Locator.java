package org.w3id.crlm.corpus;

import org.w3id.crlm.CrlmException;

/**
 * Finds a sentence in a corpus document and gives its locator, for curators: the span from the
 * first occurrence (or the n-th) of the start words to the end of the end words that follow.
 */
public record Locator(String fileName, int start, int end, String digest) {

  public static Locator find(Corpus corpus, String fileName, String startWords, String endWords, int occurrence) {
    String text = corpus.text(fileName);
    int from = -1;
    for (int i = 0; i < occurrence; i++) {
      from = text.indexOf(startWords, from + 1);
      if (from < 0) {
        throw new CrlmException("'%s' occurs fewer than %d time(s) in %s. Copy the start words exactly, line breaks included."
            .formatted(startWords, occurrence, fileName));
      }
    }
    int endAt = text.indexOf(endWords, from);
    if (endAt < 0) {
      throw new CrlmException("'%s' does not occur after the start words in %s.".formatted(endWords, fileName));
    }
    endAt += endWords.length();
    int start = text.codePointCount(0, from);
    int end = text.codePointCount(0, endAt);
    return new Locator(fileName, start, end, SpanDigest.of(text.substring(from, endAt)));
  }

  /** The locator as Turtle, to paste after crlm:hasLocator. */
  public String toTurtle() {
    return "[ a oa:TextPositionSelector ; oa:start %d ; oa:end %d ; crlm:sha256Prefix \"%s\" ]"
        .formatted(start, end, digest);
  }
}
