package org.w3id.crlm.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.check.CheckReport;
import org.w3id.crlm.check.Draft;
import org.w3id.crlm.check.DraftFormat;
import org.w3id.crlm.check.GuidelineChecker;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;
import spark.Request;
import spark.Response;

/**
 * POST /api/profile (a patient profile as JSON) and POST /api/check (a draft guideline as TSV,
 * CSV or Turtle, by its Content-Type or ?format=): the answers as JSON. Query parameters:
 * minLevel (the weakest evidence level to rest answers on), timeout (seconds, at most the
 * request's deadline), explain=true. Each request reasons on its own reasoner and is stopped at
 * its deadline (503), the server serving on. At most two requests reason at once, the machine's
 * cores; a third is answered 503 with Retry-After at once.
 */
final class ReasoningApi {
  private static final int CONCURRENT = 2;

  private final Supplier<ClinicalContext> contexts;
  private final int maxBytes;
  private final Capacity capacity = new Capacity("reasoning", CONCURRENT);

  /**
   * @param contexts the clinical knowledge, asked for only once a request's body is in: after a
   *     start from a snapshot it may still be loading, and a body left unread meanwhile would be
   *     taken for one that trickles in
   */
  ReasoningApi(Supplier<ClinicalContext> contexts, int maxBytes) {
    this.contexts = contexts;
    this.maxBytes = maxBytes;
  }

  Object profile(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    boolean explain = QueryParameters.flag(params, "explain");
    String body = body(request);
    ClinicalContext context = contexts.get();
    int maxRank = context.maxRank(QueryParameters.single(params, "minLevel"));
    PatientProfile profile = new ProfileReader(context.terms(), context.tnmParser()).read(body, "the request body");
    Object answer = reason(request, params, deadline -> new ProfileService(context).answer(profile, maxRank, deadline, explain).toJson(context.corpus()));
    response.type("application/json; charset=utf-8");
    return answer;
  }

  Object check(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    String format = QueryParameters.single(params, "format");
    String contentType = request.contentType();
    if (format == null && (contentType == null || contentType.isBlank())) {
      throw new HttpError(400, "Say what the draft is: Content-Type text/tab-separated-values, text/csv or text/turtle, or ?format=tsv|csv|turtle.");
    }
    DraftFormat draftFormat = DraftFormat.of(format != null ? format : contentType);
    String name = QueryParameters.single(params, "name") == null ? "the request body" : QueryParameters.single(params, "name");
    boolean explain = QueryParameters.flag(params, "explain");
    String body = body(request);
    ClinicalContext context = contexts.get();
    int maxRank = context.maxRank(QueryParameters.single(params, "minLevel"));
    Object answer = reason(request, params, deadline -> {
      Draft draft = draftFormat.read(body, name, context);
      deadline.check("reading draft '" + name + "'");
      CheckReport report = new GuidelineChecker(context).check(draft, maxRank, deadline, explain);
      return report.toJson(context.corpus());
    });
    response.type("application/json; charset=utf-8");
    return answer;
  }

  /**
   * Runs {@code work} with a reasoning permit, stopped at the request's deadline or at the
   * client's shorter ?timeout=, and renders its JSON before the deadline too.
   */
  @SuppressWarnings("try") // a permit or a hook held for the scope of the try, never read
  private String reason(Request request, Map<String, List<String>> params,
      Function<Deadline, org.apache.jena.atlas.json.JsonValue> work) {
    Deadline requestDeadline = RequestContext.of(request).deadline();
    requestDeadline.check("reading the request");
    Duration limit = requestDeadline.limit();
    int seconds = QueryParameters.number(params, "timeout", (int) Math.max(1, limit.toSeconds()), (int) Math.max(1, limit.toSeconds()));
    try (Capacity.Permit permit = capacity.acquire();
        Deadline deadline = Deadline.after(requestDeadline.within(Duration.ofSeconds(seconds)))) {
      String json = JSON.toString(work.apply(deadline)) + "\n";
      requestDeadline.check("answering the request");
      return json;
    }
  }

  private String body(Request request) {
    byte[] bytes = RequestBody.read(request, maxBytes);
    if (bytes.length == 0) {
      throw new HttpError(400, "The request body is empty: send the profile (JSON) or the draft (TSV, CSV or Turtle) as the body.");
    }
    return RequestBody.utf8(bytes, "The request body is not UTF-8 text; encode it as UTF-8.");
  }
}
