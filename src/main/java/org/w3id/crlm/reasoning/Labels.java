package org.w3id.crlm.reasoning;

import java.util.Optional;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.search.EntitySearcher;

/** Names entities for people: "label &lt;IRI&gt;", or the IRI alone when there is no label. */
final class Labels {
  private Labels() {}

  static String describe(OWLEntity entity, OWLOntology ontology) {
    String iri = "<" + entity.getIRI() + ">";
    return label(entity, ontology).map(l -> "'" + l + "' " + iri).orElse(iri);
  }

  private static Optional<String> label(OWLEntity entity, OWLOntology ontology) {
    return ontology
        .importsClosure()
        .flatMap(o -> EntitySearcher.getAnnotationAssertionAxioms(entity, o))
        .filter(a -> a.getProperty().isLabel())
        .map(OWLAnnotationAssertionAxiom::getValue)
        .flatMap(v -> v.asLiteral().stream())
        .map(OWLLiteral::getLiteral)
        .findFirst();
  }
}
