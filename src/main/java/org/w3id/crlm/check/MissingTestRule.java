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
 * population (RAS testing before an anti-EGFR agent), and the draft neither requires it (or a test
 * that covers all its genes: KRAS testing does not stand for RAS testing), nor recommends it in
 * another row, nor defines the population by that status (a mutation found in one gene of the
 * family settles it; wild type settles only the genes it names). An error when
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
    // Genes with an alteration found (which settles the family's status) and genes found wild type.
    Set<String> alteredGenes = new TreeSet<>();
    Set<String> wildTypeGenes = new TreeSet<>();
    statement.population().forEach(t -> {
      Set<String> genes = new TreeSet<>(knowledge.genesOf(t.iri()));
      Variants.geneOf(t, support.terms).ifPresent(genes::add);
      (isAlteration(t) ? alteredGenes : wildTypeGenes).addAll(genes);
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
        Set<String> family = knowledge.genesTestedBy(test);
        boolean done = testsInDraft.stream().anyMatch(given -> covers(given, test))
            || family.stream().anyMatch(alteredGenes::contains)
            || (!family.isEmpty() && wildTypeGenes.containsAll(family))
            || (family.isEmpty() && statesFeature);
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

  /** Whether the test {@code given} stands for {@code required}: the same test, or one that covers all its genes. */
  private boolean covers(String given, String required) {
    if (given.equals(required)) {
      return true;
    }
    Set<String> needed = support.knowledge.genesTestedBy(required);
    return !needed.isEmpty() && support.knowledge.genesTestedBy(given).containsAll(needed);
  }

  /** Whether a population term says an alteration was found (a variant, an amplification, a kind of mutation), not a wild type. */
  private boolean isAlteration(org.w3id.crlm.terms.Term term) {
    return term.kind().equals(TermKind.FEATURE_CLASS) || Variants.isNew(term)
        || support.knowledge.isA(term.iri(), Crlm.SEQUENCE_VARIANT) || support.knowledge.isA(term.iri(), Crlm.GENE_AMPLIFICATION)
        || support.knowledge.isA(term.iri(), Crlm.PROTEIN_OVEREXPRESSION);
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
