package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.crlm.clinical.Recommendation;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;

/**
 * A statement against a recommendation of the knowledge base for one of its population's
 * classes, one rule per kind: {@code timing} when that recommendation is tied to a time
 * (upfront long-course chemoradiotherapy with synchronous metastases: an error, a warning when the
 * draft gives no timing), {@code contradicts-recommendation} otherwise (the draft recommends what
 * the knowledge base advises against, an error; or advises against what it recommends, an error
 * when that recommendation is strong, else a warning). Recommendations that say the same of the
 * statement are one finding with all their reasons.
 */
final class RecommendationConflictRule implements StatementRule {
  private final CheckSupport support;
  private final FindingKind kind;

  RecommendationConflictRule(CheckSupport support, FindingKind kind) {
    if (kind != FindingKind.TIMING && kind != FindingKind.CONTRADICTS_RECOMMENDATION) {
      throw new IllegalArgumentException("A recommendation conflict is of kind timing or contradicts-recommendation, not " + kind);
    }
    this.support = support;
    this.kind = kind;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    Set<String> cancerTypes = check.cancerTypes();
    boolean noBenefit = check.earlier().stream().anyMatch(f -> f.kind() == FindingKind.NO_BENEFIT);
    List<Finding> findings = new ArrayList<>();
    Set<String> draftInterventions = support.interventionIris(statement);
    Set<String> draftAgents = support.agentsOf(statement);
    Set<String> draftTimings = statement.timings().stream().map(Term::iri).collect(Collectors.toSet());
    for (Recommendation rec : support.knowledge.recommendations()) {
      boolean timed = !rec.timings().isEmpty();
      if (timed != (kind == FindingKind.TIMING)
          || !cancerTypes.contains(rec.population()) || rec.advisesAgainst() == statement.advisesAgainst()) {
        continue;
      }
      Set<String> overlap = new TreeSet<>();
      for (String intervention : rec.interventions()) {
        if (draftInterventions.contains(intervention) || (rec.advisesAgainst() && draftAgents.contains(intervention))) {
          overlap.add(intervention);
        }
      }
      if (overlap.isEmpty()) {
        continue;
      }
      if (rec.advisesAgainst() && (noBenefit || support.hasOwnBenefit(statement, cancerTypes, rec.population()))) {
        continue;  // already reported, with the axiom the recommendation rests on
      }
      // Advising against an intervention at a stated time, or where the knowledge base itself
      // advises against it for this population, narrows a general recommendation rather than
      // contradicting it.
      if (!rec.advisesAgainst() && (!draftTimings.isEmpty() || advisedAgainstByKnowledgeBase(overlap, cancerTypes))) {
        continue;
      }
      if (timed && !draftTimings.isEmpty() && rec.timings().stream().noneMatch(draftTimings::contains)) {
        continue;
      }
      List<EvidenceSource> sources = support.sourcesOfItems(rec.evidence(), check.maxRank());
      if (sources.isEmpty()) {
        continue;
      }
      findings.add(finding(check, rec, overlap, draftTimings.isEmpty(), sources));
    }
    return merged(findings);
  }

  private Finding finding(StatementUnderCheck check, Recommendation rec, Set<String> overlap, boolean untimedDraft,
      List<EvidenceSource> sources) {
    DraftStatement statement = check.statement();
    boolean timed = kind == FindingKind.TIMING;
    String interventions = String.join(", ", overlap.stream().map(support.terms::label).toList());
    String timing = timed ? " " + String.join(", ", rec.timings().stream().map(support.terms::label).toList()) : "";
    // A recommendation its source hedges (controversial, in selected patients) is weighed, not enforced.
    Finding.Severity severity = (timed && untimedDraft) || !rec.qualifiers().isEmpty() ? Finding.Severity.WARNING
        : rec.advisesAgainst() || Crlm.STRONG_RECOMMENDATION.is(rec.strength()) ? Finding.Severity.ERROR : Finding.Severity.WARNING;
    List<String> steps = new ArrayList<>(support.populationIsA(check, rec.population()));
    steps.add("For %s the knowledge base holds: %s [%s].".formatted(support.terms.label(rec.population()), rec.label(),
        String.join("; ", java.util.stream.Stream.concat(java.util.stream.Stream.of(support.terms.label(rec.strength())),
            rec.qualifiers().stream()).toList())));
    String message = rec.advisesAgainst()
        ? (timed && untimedDraft
            ? "The draft recommends %s without saying when; the evidence advises against it%s for this population.".formatted(interventions, timing)
            : "The draft recommends %s%s where the evidence advises against it.".formatted(interventions, timing))
        : "The draft advises against %s, which the evidence recommends for this population.".formatted(interventions);
    String fix = rec.advisesAgainst()
        ? (timed ? "Do not recommend %s%s for this population; state a timing the evidence supports.".formatted(interventions, timing)
            : "Remove %s from this recommendation, or change it to avoid.".formatted(interventions))
        : "Reconsider the recommendation against %s, or cite evidence that outweighs the source below.".formatted(interventions);
    return new Finding(severity, kind, statement.where(), statement.text(), message, steps, sources, fix, overlap);
  }

  private boolean advisedAgainstByKnowledgeBase(Set<String> interventions, Set<String> cancerTypes) {
    return support.knowledge.recommendations().stream().anyMatch(r -> r.advisesAgainst() && cancerTypes.contains(r.population())
        && r.interventions().stream().anyMatch(interventions::contains));
  }

  /** Findings that say the same of the same statement, on different recommendations, as one with all the reasons. */
  private static List<Finding> merged(List<Finding> findings) {
    Map<String, Finding> byMessage = new LinkedHashMap<>();
    for (Finding f : findings) {
      byMessage.merge(f.message(), f, (a, b) -> {
        List<String> steps = new ArrayList<>(a.explanation());
        b.explanation().stream().filter(step -> !steps.contains(step)).forEach(steps::add);
        List<EvidenceSource> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        Set<String> interventions = new TreeSet<>(a.interventions());
        interventions.addAll(b.interventions());
        return new Finding(a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity(), a.kind(), a.where(),
            a.statement(), a.message(), steps, EvidenceSource.distinct(evidence), a.fix(), interventions);
      });
    }
    return List.copyOf(byMessage.values());
  }
}
