package org.w3id.crlm.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request the server refuses, with the HTTP status that says why and any headers that go with it. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final Map<String, String> headers;

  HttpError(int status, String message) {
    this(status, message, Map.of());
  }

  HttpError(int status, String message, Map<String, String> headers) {
    super(message);
    this.status = status;
    this.headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  int status() {
    return status;
  }

  /** Headers of the error response: Allow for 405, Retry-After for 503, WWW-Authenticate for 401. */
  Map<String, String> headers() {
    return headers;
  }
}
