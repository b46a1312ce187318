package org.w3id.crlm.clinical;

import org.w3id.crlm.ontology.Crlm;
import java.util.List;
import java.util.Set;

/**
 * A recommendation of the knowledge base, as the services compare it with a patient or a draft.
 *
 * @param iri its IRI
 * @param label what it says, in the curators' words
 * @param population the class of cancer it is for
 * @param strength the strength's IRI (crlm:Avoid for what not to do)
 * @param interventions the agents, regimens and procedures it names
 * @param interventionClasses the kinds of intervention it names (crlm:intervention), such as anti-EGFR agents
 * @param tests the tests it requires first
 * @param timings when it applies (crlm:Upfront), empty when the recommendation does not say
 * @param evidence its evidence items' IRIs
 * @param qualifiers how the source limits it ("controversial", "in selected patients"), as labels
 * @param lines the lines of therapy it is for (crlm:FirstLine ...), empty when it does not say
 */
public record Recommendation(String iri, String label, String population, String strength, Set<String> interventions,
    Set<String> interventionClasses, Set<String> tests, Set<String> timings, List<String> evidence, List<String> qualifiers,
    Set<String> lines) {
  public boolean advisesAgainst() {
    return Crlm.AVOID.is(strength);
  }

  /** Whether it is for the first line alone: not for a tumour that has already had systemic therapy. */
  public boolean firstLineOnly() {
    return lines.size() == 1 && lines.contains(Crlm.FIRST_LINE.iri());
  }
}
