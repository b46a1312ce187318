package org.w3id.crlm.clinical;

import java.util.function.Supplier;
import org.apache.jena.system.Txn;
import org.semanticweb.owlapi.model.OWLOntology;
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
    // The ontology, not its classification: requests reason on fresh reasoners of their own.
    ClinicalKnowledge knowledge = ClinicalKnowledge.read(kb.dataset(), kb.ontology(), terms);
    return new ClinicalContext(terms, knowledge, kb.ontology(), new RequestReasoner(kb.ontology(), kb::reasoned), provenance,
        corpus);
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
