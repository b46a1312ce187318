package org.w3id.crlm.profile;

import java.util.List;
import org.w3id.crlm.explain.EvidenceSource;

/**
 * One axiom of the justification of the tumour being in a population, rendered (Manchester syntax
 * with labels, and in plain words with its terms), with its evidence.
 */
public record PopulationStep(String axiom, List<org.w3id.crlm.explain.PlainWords.Part> words, List<EvidenceSource> evidence) implements java.io.Serializable {}
