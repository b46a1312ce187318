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
import org.apache.jena.query.Dataset;
import org.w3id.crlm.check.CheckReport;
import org.w3id.crlm.check.Draft;
import org.w3id.crlm.check.DraftFormat;
import org.w3id.crlm.check.GuidelineChecker;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;
import org.semanticweb.owlapi.model.OWLOntology;
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
  private final Dataset dataset;
  private final OWLOntology base;
  private final int maxBytes;
  private final Duration maxTimeout;
  private final Semaphore permits = new Semaphore(CONCURRENT, true);

  ReasoningApi(ClinicalContext context, Dataset dataset, OWLOntology base, int maxBytes, Duration maxTimeout) {
    this.context = context;
    this.dataset = dataset;
    this.base = base;
    this.maxBytes = maxBytes;
    this.maxTimeout = maxTimeout;
  }

  Object profile(Request request, Response response) {
    Map<String, List<String>> params = params(request);
    String body = body(request);
    int maxRank = context.maxRank(single(params, "minLevel"));
    Duration limit = timeout(params);
    PatientProfile profile = new ProfileReader(context.terms()).read(body, "the request body");
    boolean explain = "true".equalsIgnoreCase(single(params, "explain"));
    var answer = withPermit(limit, () -> new ProfileService(context.reasoner(), context.knowledge(), context.provenance(),
        context.corpus()).answer(profile, maxRank, limit, explain));
    response.type("application/json; charset=utf-8");
    return JSON.toString(answer) + "\n";
  }

  Object check(Request request, Response response) {
    Map<String, List<String>> params = params(request);
    String body = body(request);
    String format = single(params, "format");
    String contentType = request.contentType();
    if (format == null && (contentType == null || contentType.isBlank())) {
      throw new HttpError(400, "Say what the draft is: Content-Type text/tab-separated-values, text/csv or text/turtle, or ?format=tsv|csv|turtle.");
    }
    DraftFormat draftFormat = DraftFormat.of(format != null ? format : contentType);
    int maxRank = context.maxRank(single(params, "minLevel"));
    Duration limit = timeout(params);
    String name = single(params, "name") == null ? "the request body" : single(params, "name");
    Draft draft = draftFormat.read(body, name, context, base);
    boolean explain = "true".equalsIgnoreCase(single(params, "explain"));
    CheckReport report = withPermit(limit, () -> new GuidelineChecker(context, dataset).check(draft, maxRank, limit, explain));
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

  private Map<String, List<String>> params(Request request) {
    String query = request.raw().getQueryString();
    return SparqlRequest.parse(query == null ? "" : query, "query string");
  }

  private String body(Request request) {
    byte[] bytes = request.bodyAsBytes();
    if (bytes == null || bytes.length == 0) {
      throw new HttpError(400, "The request body is empty: send the profile (JSON) or the draft (TSV, CSV or Turtle) as the body.");
    }
    if (bytes.length > maxBytes) {
      throw new HttpError(413, "The request body has %d bytes, more than the limit of %d. Send a smaller document, or start the server with a larger --max-request-bytes."
          .formatted(bytes.length, maxBytes));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, "The request body is not UTF-8 text; encode it as UTF-8.");
    }
  }

  private Duration timeout(Map<String, List<String>> params) {
    String value = single(params, "timeout");
    if (value == null) {
      return maxTimeout;
    }
    try {
      long seconds = Long.parseLong(value.strip());
      if (seconds >= 1 && seconds <= maxTimeout.toSeconds()) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // Answered below with the allowed range.
    }
    throw new HttpError(400, "The parameter timeout must be a whole number of seconds from 1 to %d; it is '%s'."
        .formatted(maxTimeout.toSeconds(), value));
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    if (values.size() > 1) {
      throw new HttpError(400, "Give the parameter %s once.".formatted(name));
    }
    return values.get(0);
  }
}
