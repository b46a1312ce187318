package org.w3id.crlm.explain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorInterruptedException;
import org.semanticweb.owl.explanation.api.ExplanationProgressMonitor;
import org.semanticweb.owl.explanation.impl.blackbox.DivideAndConquerContractionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.InitialEntailmentCheckStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.StructuralTypePriorityExpansionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.checker.BlackBoxExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.reasoner.OWLReasonerConfiguration;
import org.semanticweb.owlapi.reasoner.TimeOutException;
import org.w3id.crlm.reasoning.AxiomRenderer;
import org.w3id.crlm.reasoning.ReasonedOntology;

/**
 * Finds the justifications of an entailment of the knowledge base (a superclass, a type, a
 * property assertion): minimal sets of its axioms that entail it, with owlexplanation's black-box
 * generator over HermiT, in the order they are found, within a time limit. The classified
 * reasoner answers first whether the statement is entailed at all, at once.
 *
 * <p>The search runs first over the ontology without the assertions about individuals that
 * neither the statement nor a class definition names: on this knowledge base that finds the
 * first justification about three times faster. If that finds fewer than asked for, the search
 * continues over all axioms with the time left.
 */
public final class EntailmentExplainer {
  private final ReasonedOntology reasoned;
  private final Supplier<ProvenanceIndex> provenance;
  private final AxiomRenderer renderer;
  private final PlainWords words;
  private final Set<OWLAxiom> axioms;

  public EntailmentExplainer(ReasonedOntology reasoned, Supplier<ProvenanceIndex> provenance) {
    this.reasoned = reasoned;
    this.provenance = provenance;
    this.renderer = new AxiomRenderer(reasoned.ontology());
    this.words = new PlainWords(renderer::label, renderer::render);
    this.axioms = reasoned.ontology().logicalAxioms()
        .map(a -> (OWLAxiom) a.getAxiomWithoutAnnotations()).collect(Collectors.toUnmodifiableSet());
  }

  /** Up to {@code limit} justifications of {@code statement}, found within {@code budget}. */
  public ExplanationResult explain(OWLAxiom statement, int limit, Duration budget) {
    return explain(statement, limit, budget, 0);
  }

  /**
   * Up to {@code limit} justifications of {@code statement} that rest only on general knowledge
   * stated on evidence of rank {@code maxRank} or better (1 guideline ... 6 expert opinion; 0 for
   * any): a class or property axiom whose best evidence is weaker is left out of the search.
   * Assertions about individuals (a patient's findings) are what the question is about, not
   * evidence for a rule, and are always kept.
   */
  public ExplanationResult explain(OWLAxiom statement, int limit, Duration budget, int maxRank) {
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    boolean entailed;
    synchronized (reasoned.reasoner()) {
      entailed = reasoned.reasoner().isEntailed(statement);
    }
    if (!entailed) {
      return new ExplanationResult(renderer.render(statement), words.of(statement), false, List.of(), true, millisSince(start));
    }
    Set<OWLAxiom> allowed = maxRank <= 0 ? axioms : strongEnough(maxRank);
    List<Justification> found = new ArrayList<>();
    Set<Set<OWLAxiom>> seen = new HashSet<>();
    boolean complete = search(neighbourhood(allowed, statement), statement, limit, start, deadline, found, seen);
    if (found.size() < limit && System.nanoTime() < deadline) {
      complete = search(allowed, statement, limit, start, deadline, found, seen);
    }
    found.sort(STRONGEST_FIRST);
    return new ExplanationResult(renderer.render(statement), words.of(statement), true, List.copyOf(found), complete, millisSince(start));
  }

  private boolean search(Set<OWLAxiom> input, OWLAxiom statement, int limit, long start, long deadline,
      List<Justification> found, Set<Set<OWLAxiom>> seen) {
    ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
      @Override
      public void foundExplanation(ExplanationGenerator<OWLAxiom> generator, Explanation<OWLAxiom> explanation,
          Set<Explanation<OWLAxiom>> all) {
        if (found.size() < limit && seen.add(explanation.getAxioms())) {
          found.add(justification(explanation.getAxioms(), millisSince(start)));
        }
      }

      @Override
      public boolean isCancelled() {
        return System.nanoTime() > deadline || found.size() >= limit;
      }
    };
    long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    var checker = new SatisfiabilityEntailmentCheckerFactory(new HermiTForExplanations(), true, remainingMillis,
        OWLManager::createOWLOntologyManager);
    var configuration = new org.semanticweb.owl.explanation.impl.blackbox.Configuration<OWLAxiom>(checker,
        new StructuralTypePriorityExpansionStrategy<OWLAxiom>(InitialEntailmentCheckStrategy.PERFORM, OWLManager::createOWLOntologyManager),
        new DivideAndConquerContractionStrategy<OWLAxiom>(), OWLManager::createOWLOntologyManager);
    ExplanationGenerator<OWLAxiom> generator =
        new BlackBoxExplanationGeneratorFactory<>(configuration).createExplanationGenerator(input, monitor);
    try {
      generator.getExplanations(statement, limit);
      return true;
    } catch (ExplanationGeneratorInterruptedException | TimeOutException e) {
      // The monitor holds what was found before the time ran out (or the limit was reached).
      return found.size() >= limit;
    }
  }

  /**
   * Justifications whose weakest evidence is strongest first (rank 1 guideline ... 6 expert
   * opinion; an unknown level after those, and one with no evidence behind its general axioms
   * last), then the
   * shorter, then the one found first.
   */
  private static final java.util.Comparator<Justification> STRONGEST_FIRST = java.util.Comparator
      .comparingInt((Justification j) -> j.weakestEvidence().map(s -> s.levelRank() > 0 ? s.levelRank() : Integer.MAX_VALUE - 1)
          .orElse(Integer.MAX_VALUE))
      .thenComparingInt(j -> j.axioms().size())
      .thenComparingLong(Justification::foundAfterMillis);

  /** A proof's steps: the facts about individuals first, then the property axioms, then the class axioms. */
  private static final java.util.Comparator<JustifiedAxiom> PROOF_ORDER = java.util.Comparator
      .comparingInt((JustifiedAxiom a) -> a.axiom().isOfType(org.semanticweb.owlapi.model.AxiomType.ABoxAxiomTypes) ? 0
          : a.axiom().isOfType(org.semanticweb.owlapi.model.AxiomType.RBoxAxiomTypes) ? 1 : 2)
      .thenComparing(JustifiedAxiom::rendered);

  private Justification justification(Set<OWLAxiom> set, long millis) {
    ProvenanceIndex index = provenance.get();
    List<JustifiedAxiom> rendered = set.stream()
        .map(a -> new JustifiedAxiom(a, renderer.render(a), words.of(a), index.sourcesOf(a)))
        .sorted(PROOF_ORDER)
        .toList();
    return new Justification(rendered, millis);
  }

  /** The axioms without the class and property axioms whose best evidence ranks below {@code maxRank}. */
  private Set<OWLAxiom> strongEnough(int maxRank) {
    ProvenanceIndex index = provenance.get();
    return axioms.stream().filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes) || index.sourcesOf(a).isEmpty()
        || index.sourcesOf(a).get(0).levelRank() <= maxRank).collect(Collectors.toSet());
  }

  /** The axioms but the assertions about individuals that neither the statement nor a class definition names. */
  private static Set<OWLAxiom> neighbourhood(Set<OWLAxiom> axioms, OWLAxiom statement) {
    Set<OWLNamedIndividual> named = new HashSet<>();
    statement.individualsInSignature().forEach(named::add);
    axioms.stream().filter(a -> !a.isOfType(AxiomType.ABoxAxiomTypes)).forEach(a -> a.individualsInSignature().forEach(named::add));
    return axioms.stream()
        .filter(a -> !a.isOfType(AxiomType.ABoxAxiomTypes)
            || !a.isOfType(AxiomType.DIFFERENT_INDIVIDUALS) && a.individualsInSignature().allMatch(named::contains))
        .collect(Collectors.toSet());
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * HermiT configured as for the knowledge base, whatever configuration owlexplanation passes:
   * an xsd:date of a timeline is an opaque value, not an error.
   */
  private static final class HermiTForExplanations extends ReasonerFactory {
    @Override
    protected Configuration getProtegeConfiguration(OWLReasonerConfiguration given) {
      Configuration configuration = super.getProtegeConfiguration(given);
      configuration.ignoreUnsupportedDatatypes = true;
      return configuration;
    }
  }
}
