package org.w3id.crlm.explain;

import java.util.List;
import org.semanticweb.owlapi.model.OWLAxiom;

/**
 * An axiom of a justification, rendered for a reader (Manchester syntax with labels, and in plain
 * words with its terms), with the evidence it was stated on (none for ontology axioms).
 */
public record JustifiedAxiom(OWLAxiom axiom, String rendered, List<PlainWords.Part> words, List<EvidenceSource> sources) {}
