package org.w3id.crlm.ingest.text;

/** A region [start, end) of a document's text, in Java {@code char} indices. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span " + start + "-" + end);
    }
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
  }
}
