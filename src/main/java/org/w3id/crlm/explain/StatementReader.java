package org.w3id.crlm.explain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.search.EntitySearcher;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.ClosestLabels;

/**
 * Reads the statement to explain from the terms a user gives: "A B" is a class and its
 * superclass, or an individual and its type; "S P O" is a property assertion. A term is an IRI,
 * a prefixed name of the knowledge base's prefixes (crlm:KRAS_G12D, case:003-cancer) or a label
 * ("KRAS G12D", any case). An unknown term is an error that names it and the closest labels.
 */
public final class StatementReader {
  private static final Pattern PREFIX = Pattern.compile("PREFIX (\\w+): <([^>]+)>");

  private final OWLOntology ontology;
  private final OWLDataFactory factory;

  public StatementReader(OWLOntology ontology) {
    this.ontology = ontology;
    this.factory = ontology.getOWLOntologyManager().getOWLDataFactory();
  }

  public OWLAxiom read(List<String> terms) {
    if (terms.size() == 2) {
      OWLEntity subject = entity(terms.get(0), "first");
      OWLEntity type = entity(terms.get(1), "second");
      if (!type.isOWLClass()) {
        throw new CrlmException("'%s' is not a class: give a class or individual and a class it falls under, or a subject, property and object."
            .formatted(terms.get(1)));
      }
      if (subject.isOWLClass()) {
        return factory.getOWLSubClassOfAxiom(subject.asOWLClass(), type.asOWLClass());
      }
      if (subject.isOWLNamedIndividual()) {
        return factory.getOWLClassAssertionAxiom(type.asOWLClass(), subject.asOWLNamedIndividual());
      }
      throw new CrlmException("'%s' is neither a class nor an individual.".formatted(terms.get(0)));
    }
    if (terms.size() == 3) {
      OWLEntity subject = entity(terms.get(0), "first");
      OWLEntity property = entity(terms.get(1), "second");
      OWLEntity object = entity(terms.get(2), "third");
      if (!subject.isOWLNamedIndividual() || !property.isOWLObjectProperty() || !object.isOWLNamedIndividual()) {
        throw new CrlmException("'%s %s %s' is not an individual, an object property and an individual.".formatted(
            terms.get(0), terms.get(1), terms.get(2)));
      }
      return factory.getOWLObjectPropertyAssertionAxiom(property.asOWLObjectProperty(), subject.asOWLNamedIndividual(),
          object.asOWLNamedIndividual());
    }
    throw new CrlmException("Give two terms (a class or individual, then a class) or three (subject, property, object); got %d."
        .formatted(terms.size()));
  }

  private OWLEntity entity(String term, String position) {
    IRI iri = iri(term.strip());
    List<OWLEntity> byIri = ontology.entitiesInSignature(iri).filter(e -> !e.isOWLAnnotationProperty()).toList();
    if (!byIri.isEmpty()) {
      return preferred(byIri);
    }
    String wanted = term.strip().toLowerCase(Locale.ROOT);
    List<OWLEntity> byLabel = ontology.signature()
        .filter(e -> !e.isOWLAnnotationProperty() && labels(e).stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(wanted)))
        .toList();
    if (!byLabel.isEmpty()) {
      return preferred(byLabel);
    }
    throw new CrlmException("The %s term '%s' names nothing in the knowledge base.%s Give an IRI, a prefixed name such as crlm:KRAS_G12D, or a label."
        .formatted(position, term, closest(wanted)));
  }

  /** An IRI punned as class and individual is read as the class. */
  private static OWLEntity preferred(List<OWLEntity> entities) {
    return entities.stream().filter(OWLEntity::isOWLClass).findFirst().orElse(entities.get(0));
  }

  private IRI iri(String term) {
    if (term.startsWith("<") && term.endsWith(">")) {
      return IRI.create(term.substring(1, term.length() - 1));
    }
    if (term.contains("://")) {
      return IRI.create(term);
    }
    int colon = term.indexOf(':');
    if (colon > 0) {
      Matcher m = PREFIX.matcher(Crlm.PREFIXES);
      while (m.find()) {
        if (m.group(1).equals(term.substring(0, colon))) {
          return IRI.create(m.group(2) + term.substring(colon + 1));
        }
      }
    }
    return IRI.create(Crlm.NS + term);
  }

  private List<String> labels(OWLEntity entity) {
    return EntitySearcher.getAnnotationAssertionAxioms(entity, ontology)
        .filter(a -> a.getProperty().isLabel())
        .map(OWLAnnotationAssertionAxiom::getValue)
        .flatMap(v -> v.asLiteral().stream())
        .map(l -> l.getLiteral())
        .toList();
  }

  /** The five labels most like the term. */
  private String closest(String wanted) {
    List<String> near = ClosestLabels.to(wanted, ontology.signature().flatMap(e -> labels(e).stream()), 0.4, 5).stream()
        .map(label -> "'" + label + "'").toList();
    return near.isEmpty() ? "" : " Closest labels: " + String.join(", ", near) + ".";
  }
}
