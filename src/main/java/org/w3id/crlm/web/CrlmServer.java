package org.w3id.crlm.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.Lazy;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.explain.StatementReader;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.QueryPolicy;
import org.w3id.crlm.query.RemoteStore;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import spark.Request;
import spark.Response;
import spark.Service;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;

/**
 * The HTTP server: routes in one place, handlers thin, one mapping from failures to responses
 * ({@link Failure}). Every request passes the {@link RequestGuard} first (id, method, deadline);
 * reads are open to all, writes need the token ({@link WriteAccess}).
 */
public final class CrlmServer implements AutoCloseable {
  public static final String SPARQL_PATH = "/sparql";
  public static final String DOCUMENTS_PATH = "/api/documents";
  public static final String EXPLAIN_PATH = "/api/explain";
  public static final String PROFILE_PATH = "/api/profile";
  public static final String CHECK_PATH = "/api/check";
  public static final String QUESTIONS_PATH = "/api/questions";
  public static final String VERSION_PATH = "/api/version";
  public static final String DIFF_PATH = "/api/diff";
  public static final String FIGURES_PATH = "/api/figures/comparisons";
  private static final Logger LOG = LoggerFactory.getLogger(CrlmServer.class);
  /** Request threads: enough for slow clients and quick queries to go on while reasoning runs. */
  private static final int THREADS = 16;

  private final Service http;

  private CrlmServer(Service http) {
    this.http = http;
  }

  /** Starts serving {@code kb}; returns once the server accepts connections. */
  public static CrlmServer start(KnowledgeBase kb, ServerSettings settings) {
    return start(kb, settings, null, null);
  }

  /**
   * Starts serving {@code kb}, accepting documents when {@code ingest} is given, and explaining
   * entailments with supporting sentences read from {@code corpus} (left out when it is null);
   * returns once the server accepts connections.
   */
  public static CrlmServer start(KnowledgeBase kb, ServerSettings settings, IngestService ingest, Corpus corpus) {
    Object jetty = new Object();
    EmbeddedServers.add(jetty, new EmbeddedJettyFactory(new GuardedJetty(settings.idleTimeout(), new RequestGuard(settings::limit))));
    Service http = Service.ignite().ipAddress(settings.host()).port(settings.port()).threadPool(THREADS, 2, 30_000);
    http.embeddedServerIdentifier(jetty);
    http.initExceptionHandler(e -> {
      throw new CrlmException("Cannot start the server on %s:%d: %s. Is the port in use? Choose another with --port."
          .formatted(settings.host(), settings.port(), e.getMessage()), e);
    });
    SparqlEndpoint sparql = new SparqlEndpoint(kb.dataset(), settings.sparqlStore() == null ? null : RemoteStore.at(settings.sparqlStore()),
        QueryPolicy.served(settings.allowedServices()), settings.maxRequestBytes());
    http.get(SPARQL_PATH, sparql::handle);
    http.post(SPARQL_PATH, sparql::handle);
    if (ingest != null) {
      StoreSweep.run(ingest.store());
      DocumentUpload upload = new DocumentUpload(ingest, kb.dataset(), settings.maxDocumentBytes(), new WriteAccess(settings.writeToken()));
      http.post(DOCUMENTS_PATH, upload::handle);
    }
    Supplier<ProvenanceIndex> index = ProvenanceIndex.lazily(kb.dataset());
    // Built now, off the request path, so that the first explanation does not wait for it.
    Thread.ofVirtual().start(index::get);
    // The reasoning services need the ontology (profiles, checks) or its classified HermiT
    // (explanations), which a knowledge base opened from a snapshot makes on first use: the server
    // takes queries at once and readies them meanwhile, the quicker first.
    Supplier<ExplainApi> explain = Lazy.of(() -> new ExplainApi(new EntailmentExplainer(kb.reasoned(), index),
        new StatementReader(kb.reasoned().ontology()), index, corpus));
    Supplier<ClinicalContext> clinical = Lazy.of(() -> ClinicalContext.of(kb, index, corpus));
    Thread.ofVirtual().start(() -> {
      clinical.get();
      explain.get();
    });
    http.get(EXPLAIN_PATH, (req, res) -> explain.get().handle(req, res));
    ReasoningApi reasoning = new ReasoningApi(clinical, settings.maxRequestBytes());
    http.post(PROFILE_PATH, reasoning::profile);
    http.post(CHECK_PATH, reasoning::check);
    WebUi ui = new WebUi(Path.of(System.getProperty("crlm.home", ".")).toAbsolutePath().normalize());
    http.get(WebUi.PATH, ui::file);
    http.get("/ui", (req, res) -> {
      res.redirect(WebUi.PATH);
      return "";
    });
    http.get(WebUi.PATH + "*", ui::file);
    http.get(QUESTIONS_PATH, ui::questions);
    DiffApi diff = new DiffApi(settings.snapshots(), kb.version(), Path.of(System.getProperty("crlm.home", ".")).resolve("queries"));
    http.get(DIFF_PATH, diff::handle);
    String version = JSON.toStringFlat(versionJson(kb.version())) + "\n";
    http.get(VERSION_PATH, (req, res) -> {
      res.type("application/json; charset=utf-8");
      return version;
    });
    Supplier<FiguresApi> figures = Lazy.of(() -> new FiguresApi(kb.comparisons(), index, corpus));
    http.get(FIGURES_PATH, (req, res) -> figures.get().handle(req, res));
    http.get("/", (req, res) -> home(req, res, ingest != null && settings.writeToken() != null));
    http.exception(Exception.class, CrlmServer::fail);
    http.notFound((req, res) -> {
      String path = req.raw().getRequestURI();
      res.type(ErrorResponse.contentType(path));
      return new String(ErrorResponse.body(path, 404, ErrorCode.NOT_FOUND, "Not found: %s. The SPARQL endpoint is %s, the web UI %s."
          .formatted(path, SPARQL_PATH, WebUi.PATH), RequestIds.of(req.raw())), StandardCharsets.UTF_8);
    });
    http.awaitInitialization();
    return new CrlmServer(http);
  }

  /**
   * The knowledge base's version, for links pinned to it ({@link KnowledgeBase#version()}), the
   * code's, and the prefixes queries may use undeclared (the web UI's editor completes them).
   */
  private static JsonObject versionJson(String version) {
    JsonObject json = new JsonObject();
    json.put("version", version);
    json.put("code", CrlmVersion.get());
    JsonObject prefixes = new JsonObject();
    SparqlQueries.prefixes().getNsPrefixMap().forEach(prefixes::put);
    json.put("prefixes", prefixes);
    return json;
  }

  private static Object home(Request req, Response res, boolean uploads) {
    String accept = RequestContext.of(req).accept();
    if (accept != null && accept.contains("text/html")) {
      res.redirect(WebUi.PATH);
      return "";
    }
    res.type("text/plain; charset=utf-8");
    return "crlm knowledge base. SPARQL 1.1 query endpoint: " + SPARQL_PATH + " (GET ?query=..., or POST).\n"
        + "Explain an entailment: GET " + EXPLAIN_PATH + "?subject=S&property=P&object=O (property left out for a type or superclass).\n"
        + "Answer a patient profile: POST " + PROFILE_PATH + " with the profile as JSON.\n"
        + "Check a draft guideline: POST " + CHECK_PATH + " with the draft as TSV, CSV or Turtle (Content-Type says which).\n"
        + "Figures that conflict, differ by population or differ compatibly: GET " + FIGURES_PATH + "\n"
        + "The web UI: " + WebUi.PATH + "\n"
        + (uploads ? "Ingest a document: POST " + DOCUMENTS_PATH + "?name=FILE.txt with its UTF-8 text as the body and"
            + " the server's token as 'Authorization: Bearer TOKEN'.\n" : "");
  }

  /** Every exception of a handler, answered in the server's error form. */
  private static void fail(Exception e, Request request, Response response) {
    RequestContext context = RequestContext.of(request);
    Failure failure = Failure.of(e, context.limit());
    String id = RequestIds.of(request.raw());
    String path = request.raw().getRequestURI();
    if (failure.internal()) {
      LOG.error("Internal error in request {} {} (request id {})", request.requestMethod(), path, id, e);
    }
    response.raw().reset();
    response.status(failure.status());
    response.header(RequestIds.HEADER, id);
    RequestGuard.SECURITY_HEADERS.forEach(response::header);
    failure.headers().forEach(response::header);
    response.type(ErrorResponse.contentType(path));
    response.body(new String(ErrorResponse.body(path, failure.status(), failure.code(), failure.message(), id), StandardCharsets.UTF_8));
  }

  public int port() {
    return http.port();
  }

  @Override
  public void close() {
    http.stop();
    http.awaitStop();
  }

  /**
   * Where the server listens and what it allows.
   *
   * @param queryTimeout the deadline of a SPARQL query (and of the UI's files)
   * @param reasoningTimeout the deadline of a profile, a check or an explanation
   * @param uploadTimeout the deadline of an upload, reading and ingesting the document
   * @param idleTimeout how long a connection may send or take nothing
   * @param writeToken what uploads must carry; null for a read-only server
   * @param allowedServices the SPARQL endpoints a query may call with SERVICE (none by default)
   * @param sparqlStore the query endpoint of another store that answers /sparql in this server's place; null to answer here
   * @param snapshots the kept versions of the knowledge base, which /api/diff compares; null when there are none
   */
  public record ServerSettings(String host, int port, Duration queryTimeout, Duration reasoningTimeout, Duration uploadTimeout,
      Duration idleTimeout, int maxRequestBytes, long maxDocumentBytes, String writeToken, Set<String> allowedServices,
      String sparqlStore, SnapshotDirectory snapshots) {

    public ServerSettings {
      allowedServices = Set.copyOf(allowedServices);
    }

    /** The defaults of {@code crlm serve}, read-only. */
    public static ServerSettings defaults(String host, int port) {
      return new ServerSettings(host, port, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
          Duration.ofSeconds(10), 1 << 20, DocumentReader.DEFAULT_MAX_BYTES, null, Set.of(), null, null);
    }

    public ServerSettings withTimeouts(Duration query, Duration reasoning, Duration upload, Duration idle) {
      return new ServerSettings(host, port, query, reasoning, upload, idle, maxRequestBytes, maxDocumentBytes, writeToken,
          allowedServices, sparqlStore, snapshots);
    }

    public ServerSettings withSizeLimits(int request, long document) {
      return new ServerSettings(host, port, queryTimeout, reasoningTimeout, uploadTimeout, idleTimeout, request, document,
          writeToken, allowedServices, sparqlStore, snapshots);
    }

    public ServerSettings withWriteToken(String token) {
      return new ServerSettings(host, port, queryTimeout, reasoningTimeout, uploadTimeout, idleTimeout, maxRequestBytes,
          maxDocumentBytes, token, allowedServices, sparqlStore, snapshots);
    }

    public ServerSettings withSparqlStore(String endpoint) {
      return new ServerSettings(host, port, queryTimeout, reasoningTimeout, uploadTimeout, idleTimeout, maxRequestBytes,
          maxDocumentBytes, writeToken, allowedServices, endpoint, snapshots);
    }

    public ServerSettings withSnapshots(SnapshotDirectory kept) {
      return new ServerSettings(host, port, queryTimeout, reasoningTimeout, uploadTimeout, idleTimeout, maxRequestBytes,
          maxDocumentBytes, writeToken, allowedServices, sparqlStore, kept);
    }

    public ServerSettings withAllowedServices(Set<String> services) {
      return new ServerSettings(host, port, queryTimeout, reasoningTimeout, uploadTimeout, idleTimeout, maxRequestBytes,
          maxDocumentBytes, writeToken, services, sparqlStore, snapshots);
    }

    Duration limit(Endpoint.Limit limit) {
      return switch (limit) {
        case QUERY -> queryTimeout;
        case REASONING -> reasoningTimeout;
        case UPLOAD -> uploadTimeout;
      };
    }
  }
}
