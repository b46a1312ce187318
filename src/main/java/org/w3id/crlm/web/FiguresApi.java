package org.w3id.crlm.web;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.figures.ComparisonJson;
import org.w3id.crlm.figures.FigureComparison;
import spark.Request;
import spark.Response;

/**
 * {@code GET /api/figures/comparisons}: the figure comparator's findings (computed when the
 * knowledge base was built) with both figures' sentences and the reasoning steps, as JSON. The
 * answer never changes while the server runs, so it is rendered once, at the first request.
 */
final class FiguresApi {
  private final List<FigureComparison> comparisons;
  private final Supplier<ProvenanceIndex> provenance;
  private final Corpus corpus;
  private volatile String rendered;

  FiguresApi(List<FigureComparison> comparisons, Supplier<ProvenanceIndex> provenance, Corpus corpus) {
    this.comparisons = comparisons;
    this.provenance = provenance;
    this.corpus = corpus;
  }

  Object handle(Request request, Response response) {
    response.type("application/json; charset=utf-8");
    String answer = rendered;
    if (answer == null) {
      answer = JSON.toString(ComparisonJson.of(comparisons, provenance.get(), corpus));
      rendered = answer;
    }
    return answer;
  }
}
