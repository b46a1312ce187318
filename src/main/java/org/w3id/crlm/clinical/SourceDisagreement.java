package org.w3id.crlm.clinical;

import java.util.List;

/**
 * Documents of the knowledge base that disagree on how common a feature is, in the same
 * population and subgroup: ranges that do not overlap.
 *
 * @param feature the feature the prevalence claims are about
 * @param claims the claims' labels, each naming its source
 * @param evidence the evidence items of the claims
 */
public record SourceDisagreement(String feature, List<String> claims, List<String> evidence) {}
