package org.w3id.crlm.web;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.explain.StatementReader;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.BadQueryException;
import org.w3id.crlm.query.QueryTimeoutException;
import spark.Request;
import spark.Response;
import org.w3id.crlm.ingest.IngestService;
import spark.Service;

/**
 * The HTTP server: routes in one place, handlers thin, one mapping from typed errors to status
 * codes. An unexpected exception is a logged 500 with a request id; the server keeps serving.
 */
public final class CrlmServer implements AutoCloseable {
  public static final String SPARQL_PATH = "/sparql";
  public static final String DOCUMENTS_PATH = "/api/documents";
  public static final String EXPLAIN_PATH = "/api/explain";
  public static final String PROFILE_PATH = "/api/profile";
  public static final String CHECK_PATH = "/api/check";
  private static final Logger LOG = LoggerFactory.getLogger(CrlmServer.class);

  private final Service http;

  private CrlmServer(Service http) {
    this.http = http;
  }

  /** Starts serving {@code kb}; returns once the server accepts connections. */
  public static CrlmServer start(KnowledgeBase kb, ServerSettings settings) {
    return start(kb, settings, null);
  }

  /**
   * Starts serving {@code kb}, and, when {@code ingest} is given, accepting documents at
   * {@value #DOCUMENTS_PATH}; returns once the server accepts connections.
   */
  public static CrlmServer start(KnowledgeBase kb, ServerSettings settings, IngestService ingest) {
    return start(kb, settings, ingest, null);
  }

  /**
   * Starts serving {@code kb}, accepting documents when {@code ingest} is given, and explaining
   * entailments at {@value #EXPLAIN_PATH} with supporting sentences read from {@code corpus}
   * (left out when it is null); returns once the server accepts connections.
   */
  public static CrlmServer start(KnowledgeBase kb, ServerSettings settings, IngestService ingest, Corpus corpus) {
    Service http = Service.ignite().ipAddress(settings.host()).port(settings.port()).threadPool(16, 2, 30_000);
    http.initExceptionHandler(e -> {
      throw new CrlmException("Cannot start the server on %s:%d: %s. Is the port in use? Choose another with --port."
          .formatted(settings.host(), settings.port(), e.getMessage()), e);
    });
    SparqlEndpoint sparql = new SparqlEndpoint(kb.dataset(), settings.queryTimeout(), settings.maxRequestBytes());
    http.get(SPARQL_PATH, sparql::handle);
    http.post(SPARQL_PATH, sparql::handle);
    spark.Route notAllowed = (req, res) -> {
      throw new HttpError(405, "Method " + req.requestMethod() + " is not allowed on the SPARQL endpoint: use GET or POST.");
    };
    http.put(SPARQL_PATH, notAllowed);
    http.delete(SPARQL_PATH, notAllowed);
    http.patch(SPARQL_PATH, notAllowed);
    if (ingest != null) {
      DocumentUpload upload = new DocumentUpload(ingest, kb.dataset(), settings.maxDocumentBytes());
      http.post(DOCUMENTS_PATH, upload::handle);
    }
    Supplier<ProvenanceIndex> index = ProvenanceIndex.lazily(kb.dataset());
    // Built now, off the request path, so that the first explanation does not wait for it.
    Thread.ofVirtual().start(index::get);
    ExplainApi explain = new ExplainApi(new EntailmentExplainer(kb.reasoned(), index),
        new StatementReader(kb.reasoned().ontology()), index, corpus, settings.queryTimeout().multipliedBy(3));
    http.get(EXPLAIN_PATH, explain::handle);
    ReasoningApi reasoning = new ReasoningApi(
        org.w3id.crlm.clinical.ClinicalContext.of(kb, index, corpus),
        settings.maxRequestBytes(), settings.queryTimeout().multipliedBy(2));
    http.post(PROFILE_PATH, reasoning::profile);
    http.post(CHECK_PATH, reasoning::check);
    WebUi ui = new WebUi(java.nio.file.Path.of(System.getProperty("crlm.home", ".")).toAbsolutePath().normalize());
    http.get(WebUi.PATH, ui::file);
    http.get("/ui", (req, res) -> {
      res.redirect(WebUi.PATH);
      return "";
    });
    http.get(WebUi.PATH + "*", ui::file);
    http.get("/api/questions", ui::questions);
    http.get("/", (req, res) -> {
      String accept = req.headers("Accept");
      if (accept != null && accept.contains("text/html")) {
        res.redirect(WebUi.PATH);
        return "";
      }
      res.type("text/plain; charset=utf-8");
      return "crlm knowledge base. SPARQL 1.1 query endpoint: " + SPARQL_PATH + " (GET ?query=..., or POST).\n"
          + "Explain an entailment: GET " + EXPLAIN_PATH + "?subject=S&property=P&object=O (property left out for a type or superclass).\n"
          + "Answer a patient profile: POST " + PROFILE_PATH + " with the profile as JSON.\n"
          + "The web UI: " + WebUi.PATH + "\n"
          + "Check a draft guideline: POST " + CHECK_PATH + " with the draft as TSV, CSV or Turtle (Content-Type says which).\n"
          + (ingest == null ? "" : "Ingest a document: POST " + DOCUMENTS_PATH + "?name=FILE.txt with its UTF-8 text as the body.\n");
    });
    http.exception(HttpError.class, (e, req, res) -> error(res, e.status(), e.getMessage()));
    http.exception(QueryTimeoutException.class, (e, req, res) -> error(res, 503, e.getMessage()));
    http.exception(org.w3id.crlm.reasoning.ReasoningTimeoutException.class, (e, req, res) -> error(res, 503, e.getMessage()));
    http.exception(BadQueryException.class, (e, req, res) -> error(res, 400, e.getMessage()));
    http.exception(CrlmException.class, (e, req, res) -> error(res, 400, e.getMessage()));
    http.exception(Exception.class, (e, req, res) -> internalError(e, req, res));
    http.notFound((req, res) -> {
      res.type("text/plain; charset=utf-8");
      return "Not found: " + req.pathInfo() + ". The SPARQL endpoint is " + SPARQL_PATH + ".\n";
    });
    http.awaitInitialization();
    return new CrlmServer(http);
  }

  public int port() {
    return http.port();
  }

  private static void error(Response response, int status, String message) {
    response.status(status);
    response.type("text/plain; charset=utf-8");
    response.body(message + "\n");
  }

  private static void internalError(Exception e, Request request, Response response) {
    String id = UUID.randomUUID().toString();
    LOG.error("Internal error in request {} {} (id {})", request.requestMethod(), request.pathInfo(), id, e);
    error(response, 500, "Internal error (request id " + id + "). The server log has the details.");
  }

  @Override
  public void close() {
    http.stop();
    http.awaitStop();
  }

  /** Host, port and limits of the server. */
  public record ServerSettings(String host, int port, Duration queryTimeout, int maxRequestBytes, long maxDocumentBytes) {
    public ServerSettings(String host, int port, Duration queryTimeout, int maxRequestBytes) {
      this(host, port, queryTimeout, maxRequestBytes, org.w3id.crlm.ingest.text.DocumentReader.DEFAULT_MAX_BYTES);
    }
  }
}
