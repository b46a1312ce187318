package org.w3id.crlm.staging;

/**
 * A T, N or M category as the vocabulary defines it ("T3", "N1c", "M1a"), with its class's IRI. A category of another
 * standard than AJCC 8th ({@code standard} is its source, such as ESMO's MRI substages of rectal
 * T3) names the AJCC category it subdivides, {@code ajccCategory}; both are null for AJCC ones.
 */
public record TnmCategory(String iri, char axis, String name, String standard, String ajccCategory) implements java.io.Serializable {

  public boolean isAjcc() {
    return standard == null;
  }

  /**
   * The warning a command gives whenever this non-AJCC category is used, naming the value as
   * written and the standard it comes from.
   */
  public String warning(String written) {
    return ("%s is not an AJCC 8th edition category: %s comes from %s. It is kept as written; the stage group is"
        + " that of the AJCC category it subdivides, %s.").formatted(written, name, standard, ajccCategory);
  }
}
