package org.w3id.crlm.clinical;

import java.time.Duration;
import java.util.List;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.Justification;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.reasoning.RequestReasoner;

/**
 * Why a request's cancer (a patient's tumour, a statement's population) is of a class: the axioms
 * of one justification, each with its evidence, found on the request's reasoner within a small
 * budget of the request's deadline. The profile and the check render it each in their own way.
 */
public final class TypeJustifications {
  private static final Duration BUDGET = Duration.ofSeconds(3);

  private TypeJustifications() {}

  public static List<Justification> of(RequestReasoner.Session session, OWLNamedIndividual cancer, String cls,
      ProvenanceIndex provenance, Deadline deadline, String what) {
    deadline.check(what);
    OWLDataFactory df = session.ontology().getOWLOntologyManager().getOWLDataFactory();
    return new EntailmentExplainer(session.asReasoned(), () -> provenance)
        .explain(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(cls)), cancer), 1, deadline.within(BUDGET))
        .justifications();
  }
}
