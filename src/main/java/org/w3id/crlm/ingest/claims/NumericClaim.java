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
 * @param comparator the IRI of the comparator (crlm:LessThan, crlm:AtMost, ...) for a p-value, else null
 * @param unit the unit's IRI in the ontology (crlm:Percent, crlm:Months ...), or null
 */
public record NumericClaim(
    String kind, int start, int end, BigDecimal value, BigDecimal lower, BigDecimal upper, String comparator, String unit) {}
