package org.w3id.crlm.web;

import java.util.List;
import java.util.Optional;

/**
 * The server's routes as the request guard sees them: which methods each answers (for 405 and
 * its Allow header) and which time limit bounds a request to it.
 */
enum Endpoint {
  SPARQL(CrlmServer.SPARQL_PATH, false, Limit.QUERY, "GET", "POST"),
  EXPLAIN(CrlmServer.EXPLAIN_PATH, false, Limit.REASONING, "GET"),
  PROFILE(CrlmServer.PROFILE_PATH, false, Limit.REASONING, "POST"),
  CHECK(CrlmServer.CHECK_PATH, false, Limit.REASONING, "POST"),
  DOCUMENTS(CrlmServer.DOCUMENTS_PATH, false, Limit.UPLOAD, "POST"),
  QUESTIONS(CrlmServer.QUESTIONS_PATH, false, Limit.QUERY, "GET"),
  FIGURES(CrlmServer.FIGURES_PATH, false, Limit.QUERY, "GET"),
  VERSION(CrlmServer.VERSION_PATH, false, Limit.QUERY, "GET"),
  DIFF(CrlmServer.DIFF_PATH, false, Limit.REASONING, "GET"),
  UI("/ui", true, Limit.QUERY, "GET"),
  HOME("/", false, Limit.QUERY, "GET");

  /** Which of the server's time limits applies. */
  enum Limit { QUERY, REASONING, UPLOAD }

  private final String path;
  private final boolean prefix;
  private final Limit limit;
  private final List<String> methods;

  Endpoint(String path, boolean prefix, Limit limit, String... methods) {
    this.path = path;
    this.prefix = prefix;
    this.limit = limit;
    this.methods = List.of(methods);
  }

  static Optional<Endpoint> of(String requestPath) {
    for (Endpoint endpoint : values()) {
      if (requestPath.equals(endpoint.path) || endpoint.prefix && requestPath.startsWith(endpoint.path + "/")) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  Limit limit() {
    return limit;
  }

  /** Whether the endpoint answers {@code method}; HEAD wherever GET is. */
  boolean allows(String method) {
    return methods.contains(method) || "HEAD".equals(method) && methods.contains("GET");
  }

  /** The value of the Allow header. */
  String allow() {
    return methods.contains("GET") ? String.join(", ", methods) + ", HEAD" : String.join(", ", methods);
  }

  String path() {
    return path;
  }
}
