package org.w3id.crlm.clinical;

import java.util.List;

/**
 * The figure comparator's findings on how common a feature is: figures that conflict (for the same
 * population and time point), or that differ because one population lies within the other.
 *
 * @param feature the feature the prevalence claims are about
 * @param claims one line per finding: its verdict and both figures' labels, each naming its source
 * @param evidence the evidence items of the claims
 */
public record SourceDisagreement(String feature, List<String> claims, List<String> evidence) {}
