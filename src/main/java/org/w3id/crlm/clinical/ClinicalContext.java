package org.w3id.crlm.clinical;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.system.Txn;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.reasoning.RequestReasoner;
import org.w3id.crlm.staging.TnmParser;
import org.w3id.crlm.terms.TermIndex;

/**
 * What the profile and check services share, made once per knowledge base: its terms, the
 * clinical knowledge read from it, the ontology HermiT reasons over and a reasoner for requests
 * on it, the provenance of its axioms and the corpus that sentences are read from.
 */
public record ClinicalContext(TermIndex terms, ClinicalKnowledge knowledge, OWLOntology ontology, RequestReasoner reasoner,
    Supplier<ProvenanceIndex> provenance, Corpus corpus) {

  /** The context of {@code kb}, its provenance index built when first needed. */
  public static ClinicalContext of(KnowledgeBase kb, Corpus corpus) {
    return of(kb, ProvenanceIndex.lazily(kb.dataset()), corpus);
  }

  public static ClinicalContext of(KnowledgeBase kb, Supplier<ProvenanceIndex> provenance, Corpus corpus) {
    TermIndex terms = Txn.calculateRead(kb.dataset(), () -> TermIndex.from(kb.dataset().asDatasetGraph().getDefaultGraph()));
    // The ontology, not its classification: requests reason on fresh reasoners of their own, and
    // the individuals' types come from the reasoned dataset.
    ClinicalKnowledge knowledge = ClinicalKnowledge.read(kb.dataset(), kb.ontology(), terms);
    RequestReasoner reasoner = new RequestReasoner(kb.ontology(), () -> typesOfIndividuals(terms, kb.ontology()));
    return new ClinicalContext(terms, knowledge, kb.ontology(), reasoner, provenance, corpus);
  }

  /** The named classes of each individual of {@code ontology}, as the reasoned dataset holds them. */
  private static Map<OWLNamedIndividual, Set<OWLClass>> typesOfIndividuals(TermIndex terms, OWLOntology ontology) {
    OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
    Set<IRI> classes = ontology.classesInSignature(Imports.INCLUDED).map(OWLClass::getIRI).collect(Collectors.toSet());
    Map<OWLNamedIndividual, Set<OWLClass>> types = new HashMap<>();
    ontology.individualsInSignature(Imports.INCLUDED).forEach(individual -> types.put(individual,
        terms.typesOf(individual.getIRI().toString()).stream().map(IRI::create).filter(classes::contains)
            .map(df::getOWLClass).collect(Collectors.toSet())));
    return types;
  }

  /** A parser of TNM strings that accepts the categories the vocabulary defines. */
  public TnmParser tnmParser() {
    return knowledge.tnmParser();
  }

  /** The rank of a minimum evidence level given by label or rank; no level given means every level (6). */
  public int maxRank(String minLevel) {
    return minLevel == null || minLevel.isBlank() ? 6 : provenance.get().rankOf(minLevel);
  }
}
