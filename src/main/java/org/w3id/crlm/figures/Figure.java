package org.w3id.crlm.figures;

import java.util.List;
import java.util.Set;

/**
 * One reported figure as the comparator sees it: what it measures and of what, for whom and
 * when, its values as an interval in a UCUM unit, and where it comes from.
 *
 * @param iri the figure record
 * @param label its label (our words)
 * @param measure the outcome measure
 * @param cumulative whether the measure is a share that can only grow over a longer window (prevalence)
 * @param statistic how the figure summarises the measure (rate, median ...)
 * @param features what a prevalence figure is about (empty for other figures)
 * @param population the population class; never null for a comparable figure
 * @param timePoint the named moment (at diagnosis ...), or null
 * @param timeAfter the duration at which the figure holds (5-year survival), or null
 * @param interventions the interventions the figure is measured under (empty for none)
 * @param values the values it allows
 * @param unit the UCUM code of the values
 * @param unitLabel the unit's label, for messages
 * @param study the study the figure is measured in (the arm's study for an arm), or null
 * @param of the study or arm the figure is measured in, or null
 * @param subgroup the curator's words for the subgroup, or null
 * @param document the corpus file the figure's sentence stands in
 * @param part where in the document (abstract, results ...), or null
 * @param evidence the evidence items of the figure
 */
public record Figure(String iri, String label, String measure, boolean cumulative, String statistic, Set<String> features, String population,
    String timePoint, Duration timeAfter, Set<String> interventions, Interval values, String unit, String unitLabel,
    String study, String of, String subgroup, String document, String part, List<String> evidence) {

  /** A time point given as a duration: value and UCUM unit. */
  public record Duration(double value, String unit) {
    @Override
    public String toString() {
      return Interval.number(value) + " " + unit;
    }
  }
}
