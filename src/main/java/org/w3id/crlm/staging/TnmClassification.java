package org.w3id.crlm.staging;

import java.util.List;
import org.w3id.crlm.ontology.Crlm;

/**
 * A parsed TNM classification: three categories, each written as in the ontology's value
 * individuals ("pT4b", "cN0", "pM1b").
 */
public record TnmClassification(String t, String n, String m) {

  public String tIri() {
    return Crlm.tnmCategory(t).iri();
  }

  public String nIri() {
    return Crlm.tnmCategory(n).iri();
  }

  public String mIri() {
    return Crlm.tnmCategory(m).iri();
  }

  /** The three categories as written with their prefixes: cT3a, cN2, cM1a. */
  public List<String> categories() {
    return List.of(t, n, m);
  }

  /** A category without its prefix: "ypT3a" is "T3a". */
  public static String unprefixed(String written) {
    for (int i = 0; i < written.length(); i++) {
      if ("TNM".indexOf(written.charAt(i)) >= 0) {
        return written.substring(i);
      }
    }
    return written;
  }

  @Override
  public String toString() {
    return t + " " + n + " " + m;
  }
}
