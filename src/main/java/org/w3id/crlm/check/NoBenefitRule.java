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
 * An agent recommended for a population that, by an axiom on one of its classes, gains nothing
 * from agents with the agent's target; unless the statement's combination has evidence of benefit
 * of its own there (sotorasib with panitumumab in KRAS G12C). Run as two rules: {@code no-benefit}
 * (error) on the firm axioms, {@code likely-no-benefit} (warning, naming the hedge) on the hedged
 * ones ("usually resistant"), for agents the first has not reported.
 */
final class NoBenefitRule implements StatementRule {
  private final CheckSupport support;
  private final FindingKind kind;
  private final String property;

  NoBenefitRule(CheckSupport support, FindingKind kind) {
    this.support = support;
    this.kind = kind;
    this.property = switch (kind) {
      case NO_BENEFIT -> ClinicalKnowledge.NO_BENEFIT;
      case LIKELY_NO_BENEFIT -> ClinicalKnowledge.LIKELY_NO_BENEFIT;
      default -> throw new IllegalArgumentException("A no-benefit rule is of kind no-benefit or likely-no-benefit, not " + kind);
    };
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst()) {
      return List.of();
    }
    ClinicalKnowledge knowledge = support.knowledge;
    Set<String> agents = new java.util.LinkedHashSet<>(support.agentsOf(statement));
    check.earlier().forEach(f -> agents.removeAll(f.interventions()));
    Map<String, List<TargetRestriction>> byAgent = new LinkedHashMap<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(check.cancerTypes(), property)) {
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
        steps.add(kind == FindingKind.NO_BENEFIT
            ? "%s gains no benefit from agents targeting %s.".formatted(support.terms.label(r.cancerClass()), support.terms.label(r.value()))
            : "A source says, with a hedge (%s), that %s gains no benefit from agents targeting %s.".formatted(hedges(sources),
                support.terms.label(r.cancerClass()), support.terms.label(r.value())));
        evidence.addAll(sources);
      }
      if (steps.isEmpty()) {
        return;
      }
      String label = support.terms.label(agent);
      steps.add("%s targets %s (%s).".formatted(label,
          String.join(", ", knowledge.targetsOf(agent).stream().map(support.terms::label).toList()),
          support.terms.label(Crlm.GENERAL_PHARMACOLOGY.iri())));
      findings.add(kind == FindingKind.NO_BENEFIT
          ? new Finding(Finding.Severity.ERROR, kind, statement.where(), statement.text(),
              "The draft recommends %s for a population that the evidence says gains no benefit from it.".formatted(label),
              steps, EvidenceSource.distinct(evidence),
              "Do not recommend %s for this population; restrict the recommendation to a population in which the evidence shows benefit."
                  .formatted(label), Set.of(agent))
          : new Finding(kind.severity(), kind, statement.where(), statement.text(),
              "The draft recommends %s for a population that a source says usually gains no benefit from it (%s).".formatted(label,
                  hedges(evidence)),
              steps, EvidenceSource.distinct(evidence),
              "Weigh the hedged source below: say why %s suits this population, or narrow the population.".formatted(label),
              Set.of(agent)));
    });
    return findings;
  }

  private static String hedges(List<EvidenceSource> sources) {
    List<String> all = sources.stream().flatMap(s -> s.qualifiers().stream()).distinct().sorted().toList();
    return all.isEmpty() ? "hedged" : String.join(", ", all);
  }
}
