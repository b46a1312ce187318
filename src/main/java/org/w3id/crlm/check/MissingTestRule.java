package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.clinical.Recommendation;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.TermKind;
import org.w3id.crlm.terms.Variants;

/**
 * {@code missing-test}: the knowledge base requires a test before the intervention for the
 * population (RAS testing before an anti-EGFR agent), and the draft neither requires it, nor
 * recommends it in another row, nor defines the population by that gene's status. An error when
 * the recommendation is strong and rests on guideline or randomized-trial evidence, else a
 * warning; one finding per test, on the strongest recommendation that requires it.
 */
final class MissingTestRule implements StatementRule {
  private final CheckSupport support;

  MissingTestRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst()) {
      return List.of();
    }
    ClinicalKnowledge knowledge = support.knowledge;
    Set<String> draftAgents = support.agentsOf(statement);
    Set<String> draftInterventions = support.interventionIris(statement);
    Set<String> testedGenes = new TreeSet<>();
    statement.population().forEach(t -> {
      testedGenes.addAll(knowledge.genesOf(t.iri()));
      Variants.geneOf(t, support.terms).ifPresent(testedGenes::add);
    });
    Set<String> testsInDraft = testsInDraft(statement, check.draft());
    // A population defined by a biomarker has had the test of that biomarker's gene; a test named
    // for no gene (molecular profiling) by any biomarker.
    boolean statesFeature = statement.population().stream()
        .anyMatch(t -> t.kind().equals(TermKind.FEATURE) || t.kind().equals(TermKind.FEATURE_CLASS));
    Map<String, Finding> byTest = new LinkedHashMap<>();
    for (Recommendation rec : knowledge.recommendations()) {
      if (rec.tests().isEmpty() || rec.advisesAgainst() || !check.cancerTypes().contains(rec.population())) {
        continue;
      }
      Set<String> needing = new TreeSet<>();
      for (String cls : rec.interventionClasses()) {
        knowledge.instancesOf(cls).forEach(i -> {
          if (draftAgents.contains(i) || draftInterventions.contains(i)) {
            needing.add(i);
          }
        });
      }
      for (String test : rec.tests()) {
        boolean done = testsInDraft.contains(test)
            || knowledge.genesTestedBy(test).stream().anyMatch(testedGenes::contains)
            || (knowledge.genesTestedBy(test).isEmpty() && statesFeature);
        if (needing.isEmpty() || done) {
          continue;
        }
        List<EvidenceSource> sources = support.sourcesOfItems(rec.evidence(), check.maxRank());
        if (sources.isEmpty()) {
          continue;
        }
        byTest.merge(test, finding(check, rec, test, needing, sources), (a, b) -> b.severity().compareTo(a.severity()) < 0
            || (b.severity() == a.severity() && b.evidence().get(0).levelRank() < a.evidence().get(0).levelRank()) ? b : a);
      }
    }
    return List.copyOf(byTest.values());
  }

  /** The tests the statement requires, and the interventions and tests the draft's other recommendations give. */
  private static Set<String> testsInDraft(DraftStatement statement, Draft draft) {
    Set<String> tests = new TreeSet<>();
    statement.tests().forEach(t -> tests.add(t.iri()));
    for (DraftStatement other : draft.statements()) {
      if (!other.advisesAgainst()) {
        other.interventions().forEach(t -> tests.add(t.iri()));
        other.tests().forEach(t -> tests.add(t.iri()));
      }
    }
    return tests;
  }

  private Finding finding(StatementUnderCheck check, Recommendation rec, String test, Set<String> needing,
      List<EvidenceSource> sources) {
    DraftStatement statement = check.statement();
    String testLabel = support.terms.label(test);
    List<String> steps = new ArrayList<>(support.populationIsA(check, rec.population()));
    steps.add("For %s the knowledge base holds: %s [%s].".formatted(support.terms.label(rec.population()), rec.label(),
        support.terms.label(rec.strength())));
    return new Finding(
        Crlm.STRONG_RECOMMENDATION.is(rec.strength()) && sources.get(0).levelRank() <= 2 ? Finding.Severity.ERROR : Finding.Severity.WARNING,
        FindingKind.MISSING_TEST, statement.where(), statement.text(),
        "The draft recommends %s without requiring %s first.".formatted(
            String.join(", ", needing.stream().map(support.terms::label).toList()), testLabel),
        steps, sources,
        "Add '%s' to the conditions of this row (for example: after %s), or add a row recommending %s first."
            .formatted(testLabel, testLabel, testLabel));
  }
}
