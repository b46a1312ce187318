package org.w3id.crlm.ingest.text;

/** A region [start, end) of a document's text, in Java {@code char} indices. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span " + start + "-" + end);
    }
  }

  public int length() {
    return end - start;
  }
}
