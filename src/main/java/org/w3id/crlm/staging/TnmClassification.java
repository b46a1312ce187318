package org.w3id.crlm.staging;

import org.w3id.crlm.ontology.Crlm;

/**
 * A parsed TNM classification: three categories, each written as in the ontology's value
 * individuals ("pT4b", "cN0", "pM1b").
 */
public record TnmClassification(String t, String n, String m) {

  public String tIri() {
    return Crlm.NS + t;
  }

  public String nIri() {
    return Crlm.NS + n;
  }

  public String mIri() {
    return Crlm.NS + m;
  }

  @Override
  public String toString() {
    return t + " " + n + " " + m;
  }
}
