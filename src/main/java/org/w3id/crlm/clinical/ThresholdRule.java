package org.w3id.crlm.clinical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A threshold rule of the knowledge base: a quantity that must stay above (or below) a value.
 *
 * @param iri its IRI
 * @param label what it says
 * @param quantity the quantity it constrains
 * @param liverConditions the liver conditions it holds in, empty for any
 * @param interventions the interventions it governs, empty for any
 * @param lowerBound the value the quantity must exceed (or reach), or null
 * @param upperBound the value the quantity must stay under (or at), or null
 * @param lowerStrict whether the quantity must exceed the lower bound (more than 40%), not only reach it
 * @param upperStrict whether the quantity must stay under the upper bound, not only at it
 * @param unit the unit's IRI, or null
 * @param evidence its evidence items' IRIs
 */
public record ThresholdRule(String iri, String label, String quantity, Set<String> liverConditions,
    Set<String> interventions, BigDecimal lowerBound, BigDecimal upperBound, boolean lowerStrict, boolean upperStrict,
    String unit, List<String> evidence) {}
