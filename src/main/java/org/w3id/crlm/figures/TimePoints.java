package org.w3id.crlm.figures;

import java.util.Set;

/** Which named time points lie within others (crlm:withinTimePoint, transitive, as reasoned). */
public final class TimePoints {
  private final Set<PopulationHierarchy.Pair> within;

  /** @param within pairs of a time point and one it lies within */
  public TimePoints(Set<PopulationHierarchy.Pair> within) {
    this.within = Set.copyOf(within);
  }

  public boolean within(String inner, String outer) {
    return within.contains(new PopulationHierarchy.Pair(inner, outer));
  }
}
