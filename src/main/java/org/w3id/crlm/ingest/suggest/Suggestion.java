package org.w3id.crlm.ingest.suggest;

import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.text.Span;

/**
 * A candidate statement for a curator: in one sentence, a biomarker and a therapy with a word
 * that suggests how they relate ("ineffective", "recommended", "approved", "benefit").
 *
 * @param relation no-benefit, recommendation, approval or benefit
 * @param biomarker the biomarker mention (gene, variant or biomarker status)
 * @param therapy the drug or regimen mention
 * @param sentence the sentence it rests on
 * @param trigger where the trigger word is
 */
public record Suggestion(String relation, Mention biomarker, Mention therapy, Span sentence, Span trigger) {}
