package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.crlm.clinical.AdverseFinding;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;

/**
 * {@code harm} and {@code no-benefit} from single sources: evidence items (claims of one sentence,
 * not axioms) that report harm, no benefit or resistance of the statement's intervention in one
 * of its population's classes (New EPOC's harm from cetuximab added to perioperative
 * chemotherapy, the failure of a BRAF inhibitor alone). The item must be about the same
 * intervention, the same combination, or a kind of agent that the statement's single agent is.
 * A warning, raised to an error when the item is of guideline or randomized-trial level.
 */
final class ReportedAgainstRule implements StatementRule {
  private final CheckSupport support;

  ReportedAgainstRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst()) {
      return List.of();
    }
    // The terms as written: a kind of intervention in the draft (hepatectomy) is not answerable
    // for what a source reports of one of its kinds (ALPPS).
    Set<String> draftInterventions = statement.interventions().stream().map(Term::iri).collect(Collectors.toSet());
    Set<String> draftAgents = support.agentsOf(statement);
    // What the statement's other findings already say about an intervention is not said again.
    Set<String> flagged = check.earlier().stream().flatMap(f -> f.interventions().stream()).collect(Collectors.toSet());
    record Key(Set<String> interventions, boolean harm) {}
    Map<Key, List<AdverseFinding>> items = new LinkedHashMap<>();
    Map<Key, String> populations = new LinkedHashMap<>();
    for (AdverseFinding item : support.knowledge.adverseFindings()) {
      String population = item.populations().stream().filter(check.cancerTypes()::contains).sorted().findFirst().orElse(null);
      // A combination's own evidence answers a report only when it comes from within the report's population.
      if (population == null || support.hasOwnBenefit(statement, check.cancerTypes(), population)) {
        continue;
      }
      Set<String> matched = new TreeSet<>();
      for (String intervention : item.interventions()) {
        boolean single = statement.interventions().size() == 1 && !statement.interventions().get(0).isClass();
        if (draftInterventions.contains(intervention)
            || (single && support.terms.ancestorsOf(statement.interventions().get(0).iri()).contains(intervention))
            || (!draftAgents.isEmpty() && support.knowledge.agentsOf(intervention).equals(draftAgents) && draftAgents.size() > 1)) {
          matched.add(intervention);
        }
      }
      if (matched.isEmpty() || matched.stream().allMatch(m -> said(m, draftAgents, flagged))) {
        continue;
      }
      Key key = new Key(matched, Crlm.HARM.is(item.significance()));
      items.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      populations.putIfAbsent(key, population);
    }
    List<Finding> findings = new ArrayList<>();
    items.forEach((key, found) -> {
      List<EvidenceSource> sources = EvidenceSource.distinct(
          support.sourcesOfItems(found.stream().map(AdverseFinding::item).toList(), check.maxRank()));
      if (sources.isEmpty()) {
        return;
      }
      boolean strong = sources.get(0).levelRank() <= 2;
      String what = key.harm() ? "harm" : "no benefit or resistance";
      String interventions = String.join(", ", key.interventions().stream().map(support.terms::label).toList());
      List<String> steps = new ArrayList<>(support.populationIsA(check, populations.get(key)));
      found.stream().map(AdverseFinding::label).distinct()
          .forEach(label -> steps.add("A source reports %s of %s there: %s.".formatted(what, interventions, label)));
      findings.add(new Finding(strong ? Finding.Severity.ERROR : Finding.Severity.WARNING,
          key.harm() ? FindingKind.HARM : FindingKind.NO_BENEFIT, statement.where(), statement.text(),
          "The evidence reports %s of %s in this population.".formatted(what, interventions), steps, sources,
          "Weigh the sources below: drop %s from the recommendation, narrow its population, or cite evidence that outweighs them."
              .formatted(interventions), key.interventions()));
    });
    return findings;
  }

  /**
   * Whether other findings already speak of {@code intervention}: of it, or, for a kind of agent
   * (EGFR inhibitor), of each of the statement's agents of that kind.
   */
  private boolean said(String intervention, Set<String> draftAgents, Set<String> flagged) {
    if (flagged.contains(intervention)) {
      return true;
    }
    List<String> ofKind = draftAgents.stream().filter(a -> support.terms.ancestorsOf(a).contains(intervention)).toList();
    return !ofKind.isEmpty() && flagged.containsAll(ofKind);
  }
}
