package org.w3id.crlm.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;
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
 * search on a 2-core machine); another asked meanwhile is a 503 with Retry-After. The search
 * stops at ?timeout= (10 s by default) or the request's deadline, whichever comes first, and
 * answers with what it found.
 */
final class ExplainApi {
  private static final int MAX_LIMIT = 10;
  private static final Duration DEFAULT_SEARCH = Duration.ofSeconds(10);
  /** Left for rendering the answer with its sentences once the search has stopped. */
  private static final Duration RENDERING = Duration.ofSeconds(1);

  private final EntailmentExplainer explainer;
  private final StatementReader reader;
  private final Supplier<ProvenanceIndex> index;
  private final Corpus corpus;
  private final Capacity capacity = new Capacity("explaining an entailment", 1);

  ExplainApi(EntailmentExplainer explainer, StatementReader reader, Supplier<ProvenanceIndex> index, Corpus corpus) {
    this.explainer = explainer;
    this.reader = reader;
    this.index = index;
    this.corpus = corpus;
  }

  @SuppressWarnings("try") // a permit or a hook held for the scope of the try, never read
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
    Deadline deadline = RequestContext.of(request).deadline();
    int maxSeconds = (int) Math.max(1, deadline.limit().minus(RENDERING).toSeconds());
    int limit = QueryParameters.number(params, "limit", 3, MAX_LIMIT);
    int timeout = QueryParameters.number(params, "timeout", (int) Math.min(DEFAULT_SEARCH.toSeconds(), maxSeconds), maxSeconds);
    String minLevel = QueryParameters.single(params, "minLevel");
    var statement = reader.read(terms);
    int maxRank = minLevel == null ? 0 : index.get().rankOf(minLevel);
    ExplanationResult result;
    try (Capacity.Permit permit = capacity.acquire()) {
      Duration room = deadline.remaining().minus(RENDERING);
      if (room.isNegative() || room.isZero()) {
        throw new DeadlineExceededException("explaining the statement", deadline.limit());
      }
      Duration search = Duration.ofSeconds(timeout);
      result = explainer.explain(statement, limit, search.compareTo(room) < 0 ? search : room, maxRank);
    }
    response.type("application/json; charset=utf-8");
    return JSON.toString(ExplanationJson.of(result, corpus)) + "\n";
  }
}
