package org.w3id.crlm.reasoning;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Classifies an anonymous description, "a C whose property p1 has value v1, ...", against the
 * already classified ontology. HermiT answers for the class expression itself, so a request adds
 * nothing to the ontology and nothing is classified again. Works on IRIs so that callers need no
 * OWL API types.
 */
public final class ExpressionClassifier {
  private final ReasonedOntology reasoned;
  private final OWLDataFactory df;

  public ExpressionClassifier(ReasonedOntology reasoned) {
    this.reasoned = reasoned;
    this.df = reasoned.ontology().getOWLOntologyManager().getOWLDataFactory();
  }

  /**
   * The named classes (IRIs, sorted) that the description falls under: all of them, or with
   * {@code mostSpecific} only those with no narrower class in the answer. owl:Thing is left out.
   *
   * @param classIri the IRI of C
   * @param values property IRI to individual IRI
   */
  public List<String> classesOf(String classIri, Map<String, String> values, boolean mostSpecific) {
    OWLClassExpression expression = df.getOWLObjectIntersectionOf(Stream.concat(
        Stream.of(df.getOWLClass(IRI.create(classIri))),
        values.entrySet().stream().map(e -> df.getOWLObjectHasValue(
            df.getOWLObjectProperty(IRI.create(e.getKey())),
            df.getOWLNamedIndividual(IRI.create(e.getValue()))))));
    OWLReasoner reasoner = reasoned.reasoner();
    synchronized (reasoner) {
      Stream<OWLClass> equivalent = reasoner.getEquivalentClasses(expression).entities();
      Stream<OWLClass> classes = mostSpecific && reasoner.getEquivalentClasses(expression).getSize() > 0
          ? equivalent
          : Stream.concat(equivalent, reasoner.getSuperClasses(expression, mostSpecific).entities());
      return iris(classes);
    }
  }

  /** The IRIs of all named subclasses of a class, sorted; owl:Nothing left out. */
  public List<String> subClassesOf(String classIri) {
    OWLReasoner reasoner = reasoned.reasoner();
    synchronized (reasoner) {
      return iris(reasoner.getSubClasses(df.getOWLClass(IRI.create(classIri)), false).entities());
    }
  }

  private static List<String> iris(Stream<OWLClass> classes) {
    return classes.filter(c -> !c.isOWLThing() && !c.isOWLNothing())
        .map(c -> c.getIRI().toString()).distinct().sorted().toList();
  }
}
