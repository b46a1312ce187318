package org.w3id.crlm.reasoning;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Classifies an anonymous description, "a C whose property p1 has value v1, ...", against the
 * already classified ontology. HermiT answers for the class expression itself, so a request adds
 * nothing to the ontology and nothing is classified again. Works on IRIs so that callers need no
 * OWL API types.
 */
public final class ExpressionClassifier {
  private final OWLReasoner reasoner;
  private final OWLDataFactory df;

  public ExpressionClassifier(ReasonedOntology reasoned) {
    this(reasoned.ontology(), reasoned.reasoner());
  }

  /**
   * Over {@code ontology} with {@code reasoner}, classified or not: {@link #subsumersAmong} asks
   * one subsumption test a candidate, which HermiT answers without a classification; the
   * hierarchy methods want a classified reasoner.
   */
  public ExpressionClassifier(OWLOntology ontology, OWLReasoner reasoner) {
    this.reasoner = reasoner;
    this.df = ontology.getOWLOntologyManager().getOWLDataFactory();
  }

  /**
   * Which of {@code candidates} (class IRIs) the description falls under, by one subsumption test
   * each: much cheaper than placing the description in the whole hierarchy when the candidates
   * are few.
   */
  public List<String> subsumersAmong(String classIri, Map<String, String> values, List<String> candidates) {
    OWLClassExpression expression = expression(classIri, values);
    synchronized (reasoner) {
      return candidates.stream()
          .filter(c -> reasoner.isEntailed(df.getOWLSubClassOfAxiom(expression, df.getOWLClass(IRI.create(c)))))
          .sorted()
          .toList();
    }
  }

  private OWLClassExpression expression(String classIri, Map<String, String> values) {
    return df.getOWLObjectIntersectionOf(Stream.concat(
        Stream.of(df.getOWLClass(IRI.create(classIri))),
        values.entrySet().stream().map(e -> df.getOWLObjectHasValue(
            df.getOWLObjectProperty(IRI.create(e.getKey())),
            df.getOWLNamedIndividual(IRI.create(e.getValue()))))));
  }

  /** The IRIs of all named superclasses of a class (from the classification), sorted. */
  public List<String> superClassesOf(String classIri) {
    synchronized (reasoner) {
      return iris(reasoner.getSuperClasses(df.getOWLClass(IRI.create(classIri)), false).entities());
    }
  }

  /** The IRIs of all named subclasses of a class, sorted; owl:Nothing left out. */
  public List<String> subClassesOf(String classIri) {
    synchronized (reasoner) {
      return iris(reasoner.getSubClasses(df.getOWLClass(IRI.create(classIri)), false).entities());
    }
  }

  private static List<String> iris(Stream<OWLClass> classes) {
    return classes.filter(c -> !c.isOWLThing() && !c.isOWLNothing())
        .map(c -> c.getIRI().toString()).distinct().sorted().toList();
  }
}
