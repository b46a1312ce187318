package org.w3id.crlm.cohort.fhir;

import java.util.Map;
import java.util.stream.Collectors;

/** The twenty amino acids' three-letter and one-letter codes (IUPAC-IUB), as HGVS protein changes write them ("p.Gly12Asp", "G12D"). */
final class AminoAcids {
  private static final Map<String, String> ONE_LETTER = Map.ofEntries(Map.entry("Ala", "A"), Map.entry("Arg", "R"),
      Map.entry("Asn", "N"), Map.entry("Asp", "D"), Map.entry("Cys", "C"), Map.entry("Gln", "Q"), Map.entry("Glu", "E"),
      Map.entry("Gly", "G"), Map.entry("His", "H"), Map.entry("Ile", "I"), Map.entry("Leu", "L"), Map.entry("Lys", "K"),
      Map.entry("Met", "M"), Map.entry("Phe", "F"), Map.entry("Pro", "P"), Map.entry("Ser", "S"), Map.entry("Thr", "T"),
      Map.entry("Trp", "W"), Map.entry("Tyr", "Y"), Map.entry("Val", "V"));
  private static final Map<String, String> THREE_LETTER =
      ONE_LETTER.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

  private AminoAcids() {}

  /** "Gly" gives "G"; a code that is already one letter, or unknown, is given back. */
  static String oneLetter(String code) {
    return ONE_LETTER.getOrDefault(code, code);
  }

  /** "G" gives "Gly"; an unknown letter is given back. */
  static String threeLetter(String letter) {
    return THREE_LETTER.getOrDefault(letter, letter);
  }
}
