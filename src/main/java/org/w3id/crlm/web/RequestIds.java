package org.w3id.crlm.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.servlet.ServletRequest;

/** The id of each request: in the X-Request-Id header of every response, in every error and in the log. */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "crlm.requestId";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RequestIds() {}

  static String assign(ServletRequest request) {
    String id = next();
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }

  static String next() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The request's id; one is made for a request that arrived without (a refusal by Jetty itself). */
  static String of(ServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    return id instanceof String s ? s : assign(request);
  }
}
