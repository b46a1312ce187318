package org.w3id.crlm.ingest.relate;

import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.text.Span;

/**
 * A relation a sentence states between two mentions, suggested for a curator's review.
 *
 * @param kind trial-intervention, trial-condition, drug-target, drug-indication,
 *     drug-adverse-effect, procedure-site, eligibility or regimen-component
 * @param subject the mention the relation is about (the trial, drug, procedure or regimen)
 * @param object the other mention; for an eligibility criterion, the criterion's mention if any
 * @param sentence the sentence it rests on
 * @param pattern the name of the pattern that found it, for the curator
 * @param confidence how far the pattern is trusted, 0 to 1: set by hand from how specific the
 *     pattern is (a target named inside the drug's name 0.9, a trial word alone 0.6), not yet
 *     calibrated on annotated relations
 */
public record Relation(String kind, Mention subject, Mention object, Span sentence, String pattern, double confidence) {}
