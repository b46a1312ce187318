package org.w3id.crlm.staging;

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

  @Override
  public String toString() {
    return t + " " + n + " " + m;
  }
}
