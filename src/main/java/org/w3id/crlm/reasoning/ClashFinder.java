package org.w3id.crlm.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * Narrows an inconsistent ontology to a small set of axioms that is still inconsistent, so that
 * the black-box search for a minimal clash (owlexplanation) runs over dozens of axioms instead of
 * the whole knowledge base. The vocabulary (class and property axioms) is taken as the
 * background; QuickXplain (Junker 2004) finds a minimal set of assertions that clashes with it,
 * each test on the locality-based module of the axioms tested (a module keeps every entailment over
 * its signature, so it is inconsistent exactly when they are).
 */
final class ClashFinder {
  private final Configuration configuration;
  private final ReasonerFactory factory = new ReasonerFactory();

  ClashFinder(Configuration configuration) {
    this.configuration = configuration;
  }

  /** A small inconsistent subset of {@code logical}, or all of it when its vocabulary alone is inconsistent. */
  Set<OWLAxiom> narrow(Set<OWLAxiom> logical) {
    Set<OWLAxiom> background = logical.stream().filter(a -> !a.isOfType(AxiomType.ABoxAxiomTypes)).collect(Collectors.toSet());
    List<OWLAxiom> assertions = logical.stream().filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes)).sorted().toList();
    if (assertions.isEmpty() || !consistent(background)) {
      return module(logical);
    }
    Set<OWLAxiom> clash = new HashSet<>(background);
    clash.addAll(quickXplain(background, false, assertions));
    return module(clash);
  }

  /** A minimal subset of {@code candidates} that is inconsistent together with {@code background}. */
  private List<OWLAxiom> quickXplain(Set<OWLAxiom> background, boolean backgroundGrew, List<OWLAxiom> candidates) {
    if (backgroundGrew && !consistent(background)) {
      return List.of();
    }
    if (candidates.size() == 1) {
      return candidates;
    }
    List<OWLAxiom> first = candidates.subList(0, candidates.size() / 2);
    List<OWLAxiom> second = candidates.subList(candidates.size() / 2, candidates.size());
    List<OWLAxiom> fromSecond = quickXplain(union(background, first), true, second);
    List<OWLAxiom> fromFirst = quickXplain(union(background, fromSecond), !fromSecond.isEmpty(), first);
    List<OWLAxiom> found = new ArrayList<>(fromFirst);
    found.addAll(fromSecond);
    return found;
  }

  private static Set<OWLAxiom> union(Set<OWLAxiom> a, List<OWLAxiom> b) {
    Set<OWLAxiom> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private boolean consistent(Set<OWLAxiom> axioms) {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    try {
      OWLOntology ontology = manager.createOntology(module(axioms).stream());
      OWLReasoner reasoner = factory.createReasoner(ontology, configuration);
      try {
        return reasoner.isConsistent();
      } finally {
        reasoner.dispose();
      }
    } catch (OWLOntologyCreationException e) {
      throw new IllegalStateException("Cannot hold a subset of the ontology in memory: " + e.getMessage(), e);
    }
  }

  private static Set<OWLAxiom> module(Set<OWLAxiom> axioms) {
    return new SyntacticLocalityModuleExtractor(OWLManager.createOWLOntologyManager(), axioms.stream(), ModuleType.STAR)
        .extract(Set.of());
  }
}
