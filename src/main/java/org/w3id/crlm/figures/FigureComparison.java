package org.w3id.crlm.figures;

import java.util.List;

/**
 * A finding of the figure comparator.
 *
 * @param first the first figure (the narrower feature's, or the narrower population's)
 * @param second the second figure
 * @param verdict the conclusion
 * @param steps the reasoning, in order: which measure, which subsumption, which conversion, which intervals
 */
public record FigureComparison(Figure first, Figure second, Verdict verdict, List<String> steps) {

  /** Whether both figures come from one document (an abstract against its results, say). */
  public boolean withinDocument() {
    return first.document().equals(second.document());
  }

  /** What the comparator concludes, with the vocabulary individual that says it. */
  public enum Verdict {
    CONFLICT("conflict", "ConflictVerdict"),
    POPULATION_DEPENDENT("population-dependent", "PopulationDependentVerdict"),
    COMPATIBLE_DISCREPANCY("compatible discrepancy", "CompatibleDiscrepancyVerdict");

    private final String label;
    private final String localName;

    Verdict(String label, String localName) {
      this.label = label;
      this.localName = localName;
    }

    public String label() {
      return label;
    }

    /** The local name of the verdict's individual in the vocabulary (crlm:ConflictVerdict ...). */
    public String localName() {
      return localName;
    }
  }
}
