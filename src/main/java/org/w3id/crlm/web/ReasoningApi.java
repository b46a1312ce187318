package org.w3id.crlm.web;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
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
 * minLevel (the weakest evidence level to rest answers on), timeout (seconds, capped by the
 * server's). Each request reasons on its own reasoner under the time limit; a time-out is a 503
 * and the server goes on serving. At most two requests reason at once, the machine's cores.
 */
final class ReasoningApi {
  private static final int CONCURRENT = 2;

  private final ClinicalContext context;
  private final int maxBytes;
  private final Duration maxTimeout;
  private final Semaphore permits = new Semaphore(CONCURRENT, true);

  ReasoningApi(ClinicalContext context, int maxBytes, Duration maxTimeout) {
    this.context = context;
    this.maxBytes = maxBytes;
    this.maxTimeout = maxTimeout;
  }

  Object profile(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    String body = body(request);
    int maxRank = context.maxRank(QueryParameters.single(params, "minLevel"));
    Duration limit = timeout(params);
    PatientProfile profile = new ProfileReader(context.terms()).read(body, "the request body");
    boolean explain = "true".equalsIgnoreCase(QueryParameters.single(params, "explain"));
    var answer = withPermit(limit, () -> new ProfileService(context).answer(profile, maxRank, limit, explain));
    response.type("application/json; charset=utf-8");
    return JSON.toString(answer) + "\n";
  }

  Object check(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    String body = body(request);
    String format = QueryParameters.single(params, "format");
    String contentType = request.contentType();
    if (format == null && (contentType == null || contentType.isBlank())) {
      throw new HttpError(400, "Say what the draft is: Content-Type text/tab-separated-values, text/csv or text/turtle, or ?format=tsv|csv|turtle.");
    }
    DraftFormat draftFormat = DraftFormat.of(format != null ? format : contentType);
    int maxRank = context.maxRank(QueryParameters.single(params, "minLevel"));
    Duration limit = timeout(params);
    String name = QueryParameters.single(params, "name") == null ? "the request body" : QueryParameters.single(params, "name");
    Draft draft = draftFormat.read(body, name, context);
    boolean explain = "true".equalsIgnoreCase(QueryParameters.single(params, "explain"));
    CheckReport report = withPermit(limit, () -> new GuidelineChecker(context).check(draft, maxRank, limit, explain));
    response.type("application/json; charset=utf-8");
    return JSON.toString(report.toJson(context.corpus())) + "\n";
  }

  private <T> T withPermit(Duration limit, java.util.function.Supplier<T> work) {
    try {
      if (!permits.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new HttpError(503, "The server is busy reasoning over other requests; try again in a moment.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "Interrupted while waiting to reason; try again.");
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private String body(Request request) {
    byte[] bytes = SparqlRequest.body(request, maxBytes);
    if (bytes.length == 0) {
      throw new HttpError(400, "The request body is empty: send the profile (JSON) or the draft (TSV, CSV or Turtle) as the body.");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, "The request body is not UTF-8 text; encode it as UTF-8.");
    }
  }

  private Duration timeout(Map<String, List<String>> params) {
    int max = (int) maxTimeout.toSeconds();
    return Duration.ofSeconds(QueryParameters.number(params, "timeout", max, max));
  }
}
