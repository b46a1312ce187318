package org.w3id.crlm.ingest.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples node formatter with two shortcuts for annotation files, where IRIs are most
 * of what is written: an IRI with no character that
 * needs escaping is written in one piece rather than checked and written character by character
 * (that check was the largest single cost of ingest), and blank nodes are labelled b1, b2, ... in
 * the order they are first written, which is shorter than Jena's encoded internal labels and
 * enough, since a blank node label is scoped to its file.
 */
final class NTriplesNodeFormatter extends NodeFormatterNT {
  private final Map<String, String> blankNodeLabels = new HashMap<>();

  @Override
  public void formatURI(AWriter w, String uri) {
    if (!isPlain(uri)) {
      super.formatURI(w, uri);
      return;
    }
    w.write('<');
    w.write(uri);
    w.write('>');
  }

  @Override
  public void formatBNode(AWriter w, String label) {
    w.write("_:");
    w.write(blankNodeLabels.computeIfAbsent(label, l -> "b" + (blankNodeLabels.size() + 1)));
  }

  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = '!'; c < 0x7f; c++) {
      PLAIN[c] = "<>\"{}|^`\\".indexOf(c) < 0;
    }
  }

  /**
   * Namespaces (an IRI up to its last "/" or "#") already found plain: an IRI in one of them needs
   * only its local part checked. A handful covers an annotation file.
   */
  private final String[] plainNamespaces = new String[16];
  private int nextNamespace;

  /** Printable ASCII outside the characters N-Triples forbids in an IRI reference. */
  private boolean isPlain(String uri) {
    int local = uri.length();
    while (local > 0 && uri.charAt(local - 1) != '/' && uri.charAt(local - 1) != '#') {
      char c = uri.charAt(--local);
      if (c >= 128 || !PLAIN[c]) {
        return false;
      }
    }
    for (String namespace : plainNamespaces) {
      if (namespace != null && namespace.length() == local && uri.startsWith(namespace)) {
        return true;
      }
    }
    for (int i = 0; i < local; i++) {
      char c = uri.charAt(i);
      if (c >= 128 || !PLAIN[c]) {
        return false;
      }
    }
    plainNamespaces[nextNamespace++ % plainNamespaces.length] = uri.substring(0, local);
    return true;
  }
}
