package org.w3id.crlm.web;

import java.util.Map;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.DeadlineExceededException;

/**
 * The one mapping from what went wrong to what the client is told: the status, the message and
 * the headers. Input the server refuses is a 4xx naming the input and the fix; work stopped at
 * its deadline a 503 naming the server option that sets the limit; anything else a 500 whose
 * details stay in the log under the request id.
 */
record Failure(int status, ErrorCode code, String message, Map<String, String> headers) {

  static Failure of(Throwable e, Endpoint.Limit limit) {
    if (e instanceof HttpError error) {
      return new Failure(error.status(), error.code(), error.getMessage(), error.headers());
    }
    if (e instanceof DeadlineExceededException deadline) {
      return new Failure(503, deadline.code(), deadline.getMessage() + " Send a smaller request, or start the server with a higher "
          + option(limit) + ".", Map.of("Connection", "close"));
    }
    if (e instanceof OutOfMemoryError) {
      return new Failure(503, ErrorCode.TOO_LARGE, "The request needed more memory than the server can give it and was stopped;"
          + " nothing was changed. Send a smaller request.", Map.of("Connection", "close"));
    }
    if (e instanceof CrlmException unavailable && unavailable.code() == ErrorCode.STORE_UNAVAILABLE) {
      return new Failure(502, unavailable.code(), unavailable.getMessage(), Map.of());
    }
    if (e instanceof CrlmException refused) {
      return new Failure(400, refused.code(), refused.getMessage(), Map.of());
    }
    return new Failure(500, ErrorCode.INTERNAL, "Internal error: the server failed on this request; the server log has the"
        + " details under the request id. Nothing stored was changed.", Map.of());
  }

  /** Whether the failure is the server's own (logged with its stack trace), not the request's. */
  boolean internal() {
    return status == 500;
  }

  /** The serve option that sets a route's time limit. */
  static String option(Endpoint.Limit limit) {
    return switch (limit) {
      case QUERY -> "--query-timeout";
      case REASONING -> "--reasoning-timeout";
      case UPLOAD -> "--upload-timeout";
    };
  }
}
