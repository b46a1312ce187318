package org.w3id.crlm.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.crlm.ErrorCode;

/** A request the server refuses, with the HTTP status that says why and any headers that go with it. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final ErrorCode code;
  private final Map<String, String> headers;

  HttpError(int status, String message) {
    this(status, message, Map.of());
  }

  HttpError(int status, String message, Map<String, String> headers) {
    this(status, ErrorCode.forStatus(status), message, headers);
  }

  /** A refusal whose code is not the one its status usually means (a 503 for an answer too large to send). */
  HttpError(int status, ErrorCode code, String message, Map<String, String> headers) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  int status() {
    return status;
  }

  ErrorCode code() {
    return code;
  }

  /** Headers of the error response: Allow for 405, Retry-After for 503, WWW-Authenticate for 401. */
  Map<String, String> headers() {
    return headers;
  }
}
