package org.w3id.crlm.clinical;

import java.util.Set;

/**
 * An evidence item that reports no benefit, resistance or harm of an intervention in a
 * population (a claim of one sentence, not an axiom: New EPOC found harm from cetuximab added to
 * perioperative chemotherapy).
 *
 * @param item the evidence item's IRI
 * @param label what it says, in the curators' words
 * @param significance crlm:NoBenefit, crlm:Resistance or crlm:Harm
 * @param populations the classes of cancer it is about
 * @param interventions the interventions (or kinds of intervention) it is about
 */
public record AdverseFinding(String item, String label, String significance, Set<String> populations, Set<String> interventions) {}
