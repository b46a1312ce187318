package org.w3id.crlm.kb;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.w3id.crlm.ontology.Crlm;

/** Counts of what reasoning added, by predicate, for the classify report. */
public record KnowledgeBaseSummary(Map<String, Long> inferredByPredicate) {

  public static KnowledgeBaseSummary of(KnowledgeBase kb) {
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefix("crlm", Crlm.NS);
    Map<String, Long> counts = new TreeMap<>();
    Txn.executeRead(kb.dataset(), () -> {
      Graph inferred = kb.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Crlm.INFERRED_GRAPH));
      inferred.find().forEach(t -> counts.merge(prefixes.shortForm(t.getPredicate().getURI()), 1L, Long::sum));
    });
    return new KnowledgeBaseSummary(counts);
  }
}
