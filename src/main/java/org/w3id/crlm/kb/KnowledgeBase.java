package org.w3id.crlm.kb;

import java.util.List;
import org.w3id.crlm.figures.FigureComparison;
import org.w3id.crlm.quality.QualityReport;
import org.apache.jena.query.Dataset;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.reasoning.ReasonedOntology;
import org.w3id.crlm.staging.TnmParser;

/**
 * The built knowledge base: a read-only Jena dataset whose named graphs {@code
 * crlm:graph/asserted} and {@code crlm:graph/inferred} hold what the ontology states and what
 * HermiT added, and whose default graph is their union (the annotation graphs of ingested
 * documents beside them); the reasoner that produced it; and the dictionary of entity names read
 * from it, which ingest matches documents against; and the quality report of the ontology files
 * (no ERROR row, or the build would have stopped); and the figure comparator's findings (also in
 * the graph {@code crlm:graph/comparisons}).
 */
public record KnowledgeBase(
    Dataset dataset,
    ReasonedOntology reasoned,
    PipelineTimings timings,
    long assertedTriples,
    long inferredTriples,
    Dictionary dictionary,
    QualityReport quality,
    List<FigureComparison> comparisons) {

  /** A parser of TNM strings that accepts the categories this knowledge base's vocabulary defines. */
  public TnmParser tnmParser() {
    return new TnmParser(dictionary.tnmCategories());
  }
}
