package org.w3id.crlm.reasoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDifferentIndividualsAxiom;
import org.semanticweb.owlapi.model.OWLEquivalentObjectPropertiesAxiom;
import org.semanticweb.owlapi.model.OWLHasKeyAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLNaryIndividualAxiom;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.model.OWLObjectInverseOf;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom;
import org.semanticweb.owlapi.model.parameters.Imports;

/**
 * The part of the knowledge base's assertions that a request about new individuals can depend
 * on, for batch reasoning where HermiT's cost of each instance test grows with the whole ABox.
 *
 * <p>Kept: every class and property axiom (not labels or declarations: HermiT reads neither, and
 * copying them into each batch's ontology took a share of its fixed cost); the assertions about
 * the individuals reachable, by following property assertions from subject to object, from the
 * request's individuals and from the individuals the classes name (nominals); and, for each of
 * those that a left-out individual points to, its types as the reasoned knowledge base
 * materialized them. A property that is used inverted, declared inverse of another, symmetric,
 * inverse-functional or part of a key (or a sub-property of such) is followed both ways; with a
 * key on a data property nothing is left out. What is left out are assertions about individuals
 * that point into the reachable ones but are not pointed to: what they entail about a reachable
 * individual through a range is kept as its inferred types. The knowledge base's own ABox (its
 * agents, genes, sites, categories) is several times larger than what one patient's cancer
 * reaches.
 *
 * <p>Only for requests that add assertions (no class or property axioms), and answers that read
 * types: an explanation wants the knowledge base's own axioms, not the inferred types.
 */
final class ReachableAbox {
  private final List<OWLAxiom> schema = new ArrayList<>();
  private final Map<OWLIndividual, List<OWLAxiom>> assertionsAbout = new HashMap<>();
  private final Map<OWLIndividual, Set<OWLIndividual>> next = new HashMap<>();
  private final Map<OWLIndividual, Set<OWLIndividual>> pointedFrom = new HashMap<>();
  private final List<OWLNaryIndividualAxiom> naryAxioms = new ArrayList<>();
  private final Set<OWLIndividual> nominals = new HashSet<>();
  private final Map<OWLIndividual, List<OWLAxiom>> inferredTypes = new HashMap<>();
  private boolean hasDataKey;

  /**
   * @param ontology the knowledge base's ontology
   * @param inferredTypes the named classes of each of its individuals, as the knowledge base
   *     materialized them when it was reasoned (asserted and inferred)
   */
  ReachableAbox(OWLOntology ontology, Map<OWLNamedIndividual, Set<OWLClass>> inferredTypes) {
    List<OWLAxiom> axioms = ontology.axioms(Imports.INCLUDED).toList();
    Set<OWLObjectProperty> bothWays = new HashSet<>();
    for (OWLAxiom axiom : axioms) {
      if (!axiom.isLogicalAxiom() || axiom.isOfType(AxiomType.ABoxAxiomTypes)) {
        continue;
      }
      schema.add(axiom);
      axiom.individualsInSignature().forEach(nominals::add);
      collectInverted(axiom, bothWays);
      // An inverse-functional property or a key can make a reached individual equal to one that
      // merely points to it.
      if (axiom.isOfType(AxiomType.INVERSE_OBJECT_PROPERTIES, AxiomType.SYMMETRIC_OBJECT_PROPERTY,
          AxiomType.INVERSE_FUNCTIONAL_OBJECT_PROPERTY, AxiomType.HAS_KEY)) {
        axiom.objectPropertiesInSignature().forEach(bothWays::add);
      }
      hasDataKey |= axiom instanceof OWLHasKeyAxiom key && key.dataPropertyExpressions().findAny().isPresent();
    }
    closeUnderSubProperties(axioms, bothWays);
    for (OWLAxiom axiom : axioms) {
      if (axiom instanceof OWLPropertyAssertionAxiom<?, ?> assertion) {
        assertionsAbout.computeIfAbsent(assertion.getSubject(), i -> new ArrayList<>()).add(axiom);
        if (axiom instanceof OWLObjectPropertyAssertionAxiom link) {
          next.computeIfAbsent(link.getSubject(), i -> new HashSet<>()).add(link.getObject());
          pointedFrom.computeIfAbsent(link.getObject(), i -> new HashSet<>()).add(link.getSubject());
          if (link.getProperty().isAnonymous() || bothWays.contains(link.getProperty().asOWLObjectProperty())) {
            next.computeIfAbsent(link.getObject(), i -> new HashSet<>()).add(link.getSubject());
          }
        }
      } else if (axiom instanceof OWLClassAssertionAxiom typed) {
        assertionsAbout.computeIfAbsent(typed.getIndividual(), i -> new ArrayList<>()).add(axiom);
      } else if (axiom instanceof OWLNaryIndividualAxiom nary) {
        naryAxioms.add(nary);
        if (!(axiom instanceof OWLDifferentIndividualsAxiom)) {
          // Equal individuals share everything: reaching one reaches the others.
          nary.individuals().forEach(a -> nary.individuals().filter(b -> !b.equals(a))
              .forEach(b -> next.computeIfAbsent(a, i -> new HashSet<>()).add(b)));
        }
      }
    }
    OWLDataFactory df = OWLManager.getOWLDataFactory();
    ontology.individualsInSignature(Imports.INCLUDED).forEach(individual -> this.inferredTypes.put(individual,
        inferredTypes.getOrDefault(individual, Set.of()).stream().filter(c -> !c.isOWLThing())
            .map(c -> (OWLAxiom) df.getOWLClassAssertionAxiom(c, individual)).toList()));
  }

  /** A property whose assertions imply those of a property followed both ways is followed both ways too. */
  private static void closeUnderSubProperties(List<OWLAxiom> axioms, Set<OWLObjectProperty> bothWays) {
    List<OWLSubObjectPropertyOfAxiom> subProperties = axioms.stream()
        .filter(OWLSubObjectPropertyOfAxiom.class::isInstance).map(OWLSubObjectPropertyOfAxiom.class::cast).toList();
    List<OWLEquivalentObjectPropertiesAxiom> equivalents = axioms.stream()
        .filter(OWLEquivalentObjectPropertiesAxiom.class::isInstance).map(OWLEquivalentObjectPropertiesAxiom.class::cast).toList();
    boolean grown = true;
    while (grown) {
      grown = false;
      for (OWLSubObjectPropertyOfAxiom sub : subProperties) {
        if (sub.getSuperProperty().objectPropertiesInSignature().anyMatch(bothWays::contains)) {
          grown |= sub.getSubProperty().objectPropertiesInSignature().map(bothWays::add).reduce(false, Boolean::logicalOr);
        }
      }
      for (OWLEquivalentObjectPropertiesAxiom equivalent : equivalents) {
        if (equivalent.objectPropertiesInSignature().anyMatch(bothWays::contains)) {
          grown |= equivalent.objectPropertiesInSignature().map(bothWays::add).reduce(false, Boolean::logicalOr);
        }
      }
    }
  }

  /** Adds the properties that {@code part} uses inverted, at any depth. */
  private static void collectInverted(Object part, Set<OWLObjectProperty> into) {
    if (part instanceof OWLObjectInverseOf inverse) {
      into.add(inverse.getNamedProperty());
    } else if (part instanceof OWLObject object) {
      object.components().forEach(component -> collectInverted(component, into));
    } else if (part instanceof Collection<?> parts) {
      parts.forEach(component -> collectInverted(component, into));
    }
  }

  /**
   * Whether {@link #axiomsFor} may stand for the knowledge base under these added axioms:
   * assertions, labels and declarations only.
   */
  boolean applies(Collection<? extends OWLAxiom> added) {
    // A key on a data property can make two individuals equal that no assertion links.
    return !hasDataKey && added.stream().allMatch(a -> a.isOfType(AxiomType.ABoxAxiomTypes)
        || a.isOfType(AxiomType.ANNOTATION_ASSERTION) || a.isOfType(AxiomType.DECLARATION));
  }

  /** The knowledge base's axioms that the individuals of {@code added} can depend on. */
  List<OWLAxiom> axiomsFor(Collection<? extends OWLAxiom> added) {
    Set<OWLIndividual> reached = new HashSet<>(nominals);
    added.forEach(a -> a.individualsInSignature().forEach(reached::add));
    Deque<OWLIndividual> queue = new ArrayDeque<>(reached);
    while (!queue.isEmpty()) {
      for (OWLIndividual following : next.getOrDefault(queue.poll(), Set.of())) {
        if (reached.add(following)) {
          queue.add(following);
        }
      }
    }
    List<OWLAxiom> kept = new ArrayList<>(schema);
    OWLDataFactory df = OWLManager.getOWLDataFactory();
    for (OWLIndividual individual : reached) {
      // Only an individual that a left-out one points to can have lost a type: the others' types
      // follow from what is kept, and HermiT derives them itself.
      if (individual instanceof OWLNamedIndividual named && inferredTypes.containsKey(named)
          && !reached.containsAll(pointedFrom.getOrDefault(named, Set.of()))) {
        kept.addAll(inferredTypes.get(named));
      }
      kept.addAll(assertionsAbout.getOrDefault(individual, List.of()));
    }
    for (OWLNaryIndividualAxiom nary : naryAxioms) {
      List<OWLIndividual> members = nary.individuals().filter(reached::contains).toList();
      if (members.size() >= 2) {
        kept.add(nary instanceof OWLDifferentIndividualsAxiom ? df.getOWLDifferentIndividualsAxiom(members)
            : df.getOWLSameIndividualAxiom(members));
      }
    }
    return kept;
  }
}
