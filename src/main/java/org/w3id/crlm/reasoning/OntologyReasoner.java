package org.w3id.crlm.reasoning;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.impl.blackbox.checker.InconsistentOntologyExplanationGeneratorFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Runs HermiT over an ontology: checks consistency, classifies and realizes. Refuses an
 * inconsistent ontology (naming the clashing axioms and the classes in them) and an incoherent
 * one (naming the unsatisfiable classes).
 */
public final class OntologyReasoner {
  private static final long EXPLANATION_TIMEOUT_MS = 30_000;

  private OntologyReasoner() {}

  /**
   * Classifies and realizes {@code ontology}; {@code timer} receives the duration of each phase
   * ("consistency", "classification", "realization") in milliseconds.
   */
  public static ReasonedOntology reason(OWLOntology ontology, BiConsumer<String, Long> timer) {
    ReasonerFactory factory = new ReasonerFactory();
    OWLReasoner reasoner = factory.createReasoner(ontology, configuration());

    long start = System.nanoTime();
    boolean consistent = reasoner.isConsistent();
    timer.accept("consistency", millisSince(start));
    if (!consistent) {
      reasoner.dispose();
      throw new InconsistentOntologyException(describeInconsistency(ontology, factory));
    }

    start = System.nanoTime();
    reasoner.precomputeInferences(
        InferenceType.CLASS_HIERARCHY, InferenceType.OBJECT_PROPERTY_HIERARCHY);
    timer.accept("classification", millisSince(start));
    List<String> unsatisfiable =
        reasoner.getUnsatisfiableClasses().entities()
            .filter(c -> !c.isOWLNothing())
            .map(c -> Labels.describe(c, ontology))
            .sorted()
            .toList();
    if (!unsatisfiable.isEmpty()) {
      reasoner.dispose();
      throw new UnsatisfiableClassesException(unsatisfiable);
    }

    start = System.nanoTime();
    reasoner.precomputeInferences(
        InferenceType.CLASS_ASSERTIONS, InferenceType.OBJECT_PROPERTY_ASSERTIONS);
    timer.accept("realization", millisSince(start));
    return new ReasonedOntology(ontology, reasoner);
  }

  /** One minimal set of clashing axioms, rendered, and the classes and individuals they use. */
  private static String describeInconsistency(OWLOntology ontology, ReasonerFactory factory) {
    OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
    ExplanationGenerator<OWLAxiom> generator =
        new InconsistentOntologyExplanationGeneratorFactory(
                factory, df, OWLManager::createOWLOntologyManager, EXPLANATION_TIMEOUT_MS)
            .createExplanationGenerator(new ClashFinder(configuration()).narrow(
                ontology.axioms(Imports.INCLUDED).filter(OWLAxiom::isLogicalAxiom).collect(Collectors.toSet())));
    Set<Explanation<OWLAxiom>> explanations =
        generator.getExplanations(df.getOWLSubClassOfAxiom(df.getOWLThing(), df.getOWLNothing()), 1);
    if (explanations.isEmpty()) {
      return "The ontology is inconsistent, and no minimal set of clashing axioms was found in time.";
    }
    AxiomRenderer renderer = new AxiomRenderer(ontology);
    Set<OWLAxiom> axioms = explanations.iterator().next().getAxioms();
    Set<String> classes = new TreeSet<>();
    Set<String> individuals = new TreeSet<>();
    for (OWLAxiom axiom : axioms) {
      axiom.classesInSignature().filter(c -> !c.isBuiltIn()).map(c -> Labels.describe(c, ontology)).forEach(classes::add);
      axiom.individualsInSignature().map(i -> Labels.describe(i, ontology)).forEach(individuals::add);
    }
    String clash =
        axioms.stream()
            .map(renderer::render)
            .sorted(Comparator.naturalOrder())
            .collect(Collectors.joining("\n  ", "\n  ", ""));
    return ("The ontology is inconsistent: no world satisfies all of its axioms. These %d axioms"
            + " clash:%s\nClasses involved: %s. Individuals involved: %s. Correct or remove one of"
            + " these axioms.")
        .formatted(
            axioms.size(),
            clash,
            classes.isEmpty() ? "none" : String.join(", ", classes),
            individuals.isEmpty() ? "none" : String.join(", ", individuals));
  }

  /** HermiT's configuration for the ontology: what a reasoner over it for other work should use too. */
  public static Configuration configuration() {
    Configuration configuration = new Configuration();
    configuration.throwInconsistentOntologyException = false;
    // A curator's xsd:date (outside the OWL 2 datatype map) must not stop the build; HermiT then
    // treats such literals as opaque values, which is all a date in a timeline needs.
    configuration.ignoreUnsupportedDatatypes = true;
    return configuration;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
