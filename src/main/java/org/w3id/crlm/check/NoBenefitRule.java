package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.clinical.TargetRestriction;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;

/**
 * {@code no-benefit} (error): an agent recommended for a population that, by a no-benefit axiom on
 * one of its classes, gains nothing from agents with the agent's target; unless the statement's
 * combination has evidence of benefit of its own there (sotorasib with panitumumab in KRAS G12C).
 */
final class NoBenefitRule implements StatementRule {
  private final CheckSupport support;

  NoBenefitRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst()) {
      return List.of();
    }
    ClinicalKnowledge knowledge = support.knowledge;
    Set<String> agents = support.agentsOf(statement);
    Map<String, List<TargetRestriction>> byAgent = new LinkedHashMap<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(check.cancerTypes(), ClinicalKnowledge.NO_BENEFIT)) {
      if (support.hasOwnBenefit(statement, check.cancerTypes(), restriction.cancerClass())) {
        continue;
      }
      for (String agent : agents) {
        if (knowledge.targetsOf(agent).contains(restriction.value())) {
          byAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(restriction);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    byAgent.forEach((agent, restrictions) -> {
      List<String> steps = new ArrayList<>();
      List<EvidenceSource> evidence = new ArrayList<>();
      for (TargetRestriction r : restrictions) {
        List<EvidenceSource> sources = support.sourcesOf(r.axiom(), check.maxRank());
        if (sources.isEmpty()) {
          continue;
        }
        steps.addAll(support.populationIsA(check, r.cancerClass()));
        steps.add("%s gains no benefit from agents targeting %s.".formatted(support.terms.label(r.cancerClass()),
            support.terms.label(r.value())));
        evidence.addAll(sources);
      }
      if (steps.isEmpty()) {
        return;
      }
      String label = support.terms.label(agent);
      steps.add("%s targets %s (%s).".formatted(label,
          String.join(", ", knowledge.targetsOf(agent).stream().map(support.terms::label).toList()),
          support.terms.label(Crlm.GENERAL_PHARMACOLOGY.iri())));
      findings.add(new Finding(Finding.Severity.ERROR, FindingKind.NO_BENEFIT, statement.where(), statement.text(),
          "The draft recommends %s for a population that the evidence says gains no benefit from it.".formatted(label),
          steps, EvidenceSource.distinct(evidence),
          "Do not recommend %s for this population; restrict the recommendation to a population in which the evidence shows benefit."
              .formatted(label), Set.of(agent)));
    });
    return findings;
  }
}
