package org.w3id.crlm.reasoning;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.parameters.Imports;

/**
 * Splits the ontology into what HermiT reasons over and what is kept as records. The vocabulary
 * (classes, properties, their axioms) and the domain individuals (agents, regimens, variants,
 * sites, cancers, TNM classifications) are reasoned over; individuals whose asserted class is a
 * {@code crlm:Record} (evidence, figures, rules, studies, events ...) and anonymous individuals are
 * left out: they need no inference beyond the class and property hierarchies, and every one of
 * them would enlarge every tableau HermiT builds, since the ontology uses nominals.
 */
public final class ReasoningScope {
  static final String RECORD = "https://w3id.org/crlm/Record";

  private ReasoningScope() {}

  /** The part of {@code ontology} (imports included) to hand to HermiT. */
  static OWLOntology reasonedPart(OWLOntology ontology) {
    Set<OWLIndividual> records = records(ontology);
    Set<OWLAxiom> axioms = ontology.axioms(Imports.INCLUDED)
        .filter(OWLAxiom::isLogicalAxiom)
        .filter(a -> !a.isOfType(org.semanticweb.owlapi.model.AxiomType.ABoxAxiomTypes)
            || a.individualsInSignature().noneMatch(records::contains) && a.anonymousIndividuals().findAny().isEmpty())
        .collect(Collectors.toSet());
    ontology.axioms(Imports.INCLUDED).filter(a -> a.isOfType(org.semanticweb.owlapi.model.AxiomType.DECLARATION))
        .forEach(axioms::add);
    try {
      return OWLManager.createOWLOntologyManager().createOntology(axioms, IRI.create("urn:crlm:reasoned-part"));
    } catch (OWLOntologyCreationException e) {
      throw new IllegalStateException("Cannot assemble the reasoned part of the ontology", e);
    }
  }

  /** The named individuals asserted to be in a subclass of crlm:Record (by told subclass links). */
  public static Set<OWLNamedIndividual> recordIndividuals(OWLOntology ontology) {
    return records(ontology).stream().filter(OWLIndividual::isNamed)
        .map(OWLIndividual::asOWLNamedIndividual).collect(Collectors.toSet());
  }

  private static Set<OWLIndividual> records(OWLOntology ontology) {
    Set<OWLClass> recordClasses = toldSubClasses(ontology, IRI.create(RECORD));
    Set<OWLIndividual> records = new HashSet<>();
    ontology.axioms(org.semanticweb.owlapi.model.AxiomType.CLASS_ASSERTION, Imports.INCLUDED)
        .filter(a -> !a.getClassExpression().isAnonymous() && recordClasses.contains(a.getClassExpression().asOWLClass()))
        .map(OWLClassAssertionAxiom::getIndividual)
        .forEach(records::add);
    ontology.anonymousIndividuals().forEach(records::add);
    ontology.importsClosure().flatMap(OWLOntology::anonymousIndividuals).forEach(records::add);
    return records;
  }

  private static Set<OWLClass> toldSubClasses(OWLOntology ontology, IRI root) {
    Map<OWLClass, Set<OWLClass>> children = new HashMap<>();
    ontology.axioms(org.semanticweb.owlapi.model.AxiomType.SUBCLASS_OF, Imports.INCLUDED)
        .filter(a -> !a.getSubClass().isAnonymous() && !a.getSuperClass().isAnonymous())
        .forEach((OWLSubClassOfAxiom a) -> children
            .computeIfAbsent(a.getSuperClass().asOWLClass(), k -> new HashSet<>())
            .add(a.getSubClass().asOWLClass()));
    Set<OWLClass> result = new HashSet<>();
    Deque<OWLClass> todo = new ArrayDeque<>();
    todo.add(ontology.getOWLOntologyManager().getOWLDataFactory().getOWLClass(root));
    while (!todo.isEmpty()) {
      OWLClass next = todo.pop();
      if (result.add(next)) {
        todo.addAll(children.getOrDefault(next, Set.of()));
      }
    }
    return result;
  }
}
