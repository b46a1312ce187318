package org.w3id.crlm.explain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.semanticweb.owlapi.model.AxiomType;

/**
 * A minimal set of axioms that entails the statement, in the order the search found it.
 *
 * @param foundAfterMillis time from the start of the search until this justification was found
 */
public record Justification(List<JustifiedAxiom> axioms, long foundAfterMillis) {
  /**
   * The weakest evidence the justification rests on: for each axiom with evidence, its best
   * source (the lowest rank); of those, the weakest (the highest rank). Empty when no axiom
   * came from a document.
   */
  public Optional<EvidenceSource> weakestEvidence() {
    return weakest(axioms.stream());
  }

  /**
   * The weakest evidence among the class and property axioms only: the general knowledge the
   * answer rests on, leaving out the assertions about individuals (a patient's findings).
   */
  public Optional<EvidenceSource> weakestGeneralEvidence() {
    return weakest(axioms.stream().filter(a -> !a.axiom().isOfType(AxiomType.ABoxAxiomTypes)));
  }

  private static Optional<EvidenceSource> weakest(Stream<JustifiedAxiom> axioms) {
    return axioms
        .map(a -> a.sources().stream().filter(s -> s.levelRank() > 0).min(Comparator.comparingInt(EvidenceSource::levelRank)))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(EvidenceSource::levelRank));
  }
}
