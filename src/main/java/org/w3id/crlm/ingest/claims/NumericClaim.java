package org.w3id.crlm.ingest.claims;

import java.math.BigDecimal;

/**
 * A number a document states, with what kind of figure it is.
 *
 * @param kind percentage, median, range, count, hazard-ratio, confidence-interval, p-value, dose
 *     or duration
 * @param start first {@code char} of the figure in the document
 * @param end the {@code char} after it
 * @param value the figure (for a range or interval, null; for a count, the count)
 * @param lower the lower bound of a range or interval, or null
 * @param upper the upper bound, or null; for a count "n of N", N
 * @param comparator the IRI of the comparator (crlm:LessThan, crlm:AtMost, ...) written with the figure, or null
 * @param unit the unit's IRI in the ontology (crlm:Percent, crlm:Months ...), or null
 * @param unitCode the unit's UCUM code, or this project's notation for a clinical unit UCUM lacks
 *     ("~ULN"), or null
 */
public record NumericClaim(
    String kind, int start, int end, BigDecimal value, BigDecimal lower, BigDecimal upper, String comparator, String unit,
    String unitCode) {
  /** The same figure spanning from {@code start}, with a comparator written before or after it. */
  public NumericClaim withComparator(int start, int end, String comparator) {
    return new NumericClaim(kind, start, end, value, lower, upper, comparator, unit, unitCode);
  }
}
