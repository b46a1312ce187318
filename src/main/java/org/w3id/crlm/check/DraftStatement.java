package org.w3id.crlm.check;

import org.w3id.crlm.ontology.Crlm;
import java.math.BigDecimal;
import java.util.List;
import org.w3id.crlm.terms.Term;

/**
 * One recommendation of a draft guideline (a row of a table, or a crlm:Recommendation of a
 * Turtle draft), every word matched to a term of the ontology.
 *
 * @param where where it stands in the draft ("row 3", or the recommendation's IRI)
 * @param text the statement as the author wrote it, for the report
 * @param population the population's terms: kinds of cancer, biomarkers, metastasis timing, resectability
 * @param interventions the agents, regimens, procedures or kinds of them recommended (together)
 * @param strength recommend, consider, avoid ...
 * @param thresholds the quantities the statement sets bounds on
 * @param liverConditions the liver conditions it is stated for
 * @param timings when the intervention is given (upfront ...)
 * @param tests the tests it requires first
 * @param other further condition terms (lines of therapy, intents), kept for the report
 */
public record DraftStatement(String where, String text, List<Term> population, List<Term> interventions, Term strength,
    List<Threshold> thresholds, List<Term> liverConditions, List<Term> timings, List<Term> tests, List<Term> other) {

  public boolean advisesAgainst() {
    return Crlm.AVOID.is(strength.iri());
  }

  /**
   * A bound the statement sets on a quantity: "future liver remnant >= 30%".
   *
   * @param quantity the quantity
   * @param comparator one of >, >=, <, <=, =
   * @param value the number
   * @param unit the unit as written ("%"), or empty
   */
  public record Threshold(Term quantity, String comparator, BigDecimal value, String unit) {
    public boolean isLowerBound() {
      return comparator.startsWith(">") || comparator.equals("=");
    }

    public boolean isUpperBound() {
      return comparator.startsWith("<") || comparator.equals("=");
    }

    @Override
    public String toString() {
      return quantity.label() + " " + comparator + " " + value.stripTrailingZeros().toPlainString() + unit;
    }
  }
}
