package org.w3id.crlm.profile;

import java.util.List;
import org.w3id.crlm.explain.EvidenceSource;

/**
 * Why the tumour gains no benefit from an agent: the population it is in, the target the
 * population's no-benefit axiom names, the sentence of it, and where the agent's target comes from.
 *
 * @param whyThePopulation the justification of the tumour being in {@code population}, when asked
 */
public record NoBenefitReason(Labelled population, Labelled target, String why, List<EvidenceSource> evidence,
    String targetSource, List<PopulationStep> whyThePopulation) implements java.io.Serializable {}
