package org.w3id.crlm.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.ExplanationJson;
import org.w3id.crlm.explain.ExplanationResult;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.explain.StatementReader;
import spark.Request;
import spark.Response;

/**
 * GET /api/explain?subject=S[&amp;property=P]&amp;object=O[&amp;limit=3][&amp;timeout=10][&amp;minLevel=guideline]:
 * the justifications of a statement as JSON. One explanation runs at a time (each is a CPU-bound
 * search on a 2-core machine); the time limit is capped by the server's.
 */
final class ExplainApi {
  private static final int MAX_LIMIT = 10;

  private final EntailmentExplainer explainer;
  private final StatementReader reader;
  private final Supplier<ProvenanceIndex> index;
  private final Corpus corpus;
  private final Duration maxTimeout;

  ExplainApi(EntailmentExplainer explainer, StatementReader reader, Supplier<ProvenanceIndex> index, Corpus corpus,
      Duration maxTimeout) {
    this.explainer = explainer;
    this.reader = reader;
    this.index = index;
    this.corpus = corpus;
    this.maxTimeout = maxTimeout;
  }

  Object handle(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    String subject = QueryParameters.single(params, "subject");
    String property = QueryParameters.single(params, "property");
    String object = QueryParameters.single(params, "object");
    if (subject == null || object == null) {
      throw new HttpError(400, "Give subject and object, and property for a property assertion, e.g."
          + " /api/explain?subject=case:003-cancer&property=crlm:hasContraindicatedAgent&object=panitumumab");
    }
    List<String> terms = new ArrayList<>(List.of(subject));
    if (property != null) {
      terms.add(property);
    }
    terms.add(object);
    int limit = QueryParameters.number(params, "limit", 3, MAX_LIMIT);
    int timeout = QueryParameters.number(params, "timeout", (int) Math.min(10, maxTimeout.toSeconds()), (int) maxTimeout.toSeconds());
    String minLevel = QueryParameters.single(params, "minLevel");
    var statement = reader.read(terms);
    int maxRank = minLevel == null ? 0 : index.get().rankOf(minLevel);
    ExplanationResult result;
    synchronized (this) {
      result = explainer.explain(statement, limit, Duration.ofSeconds(timeout), maxRank);
    }
    response.type("application/json; charset=utf-8");
    return JSON.toString(ExplanationJson.of(result, corpus)) + "\n";
  }
}
