package org.w3id.crlm.web;

/** A request the server refuses, with the HTTP status that says why. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
