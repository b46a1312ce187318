package org.w3id.crlm.figures;

import java.util.Set;

/**
 * How two population classes relate after reasoning, from the subclass pairs of the classified
 * ontology (materialized as rdfs:subClassOf).
 */
public final class PopulationHierarchy {
  /** How the first population relates to the second. */
  public enum Relation { SAME, FIRST_NARROWER, SECOND_NARROWER, UNRELATED }

  private final Set<Pair> subClassOf;

  /** A subclass and one of its superclasses. */
  public record Pair(String sub, String sup) {}

  public PopulationHierarchy(Set<Pair> subClassOf) {
    this.subClassOf = Set.copyOf(subClassOf);
  }

  public Relation relation(String first, String second) {
    boolean down = first.equals(second) || subClassOf.contains(new Pair(first, second));
    boolean up = first.equals(second) || subClassOf.contains(new Pair(second, first));
    if (down && up) {
      return Relation.SAME;
    }
    if (down) {
      return Relation.FIRST_NARROWER;
    }
    return up ? Relation.SECOND_NARROWER : Relation.UNRELATED;
  }
}
