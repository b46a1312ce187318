package org.w3id.crlm.web;

import javax.servlet.ServletRequest;
import org.eclipse.jetty.server.Request;
import org.w3id.crlm.Deadline;

/**
 * What the request guard knows of a request, for the handlers: its deadline, the Jetty request
 * under the framework's wrappers (for its connection's timeouts), and the Accept header as the
 * client sent it (the framework is shown a harmless one).
 */
record RequestContext(Deadline deadline, Request base, String accept, Endpoint.Limit limit) {
  private static final String ATTRIBUTE = "crlm.requestContext";

  void attachTo(ServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  static RequestContext of(spark.Request request) {
    Object context = request.raw().getAttribute(ATTRIBUTE);
    if (context instanceof RequestContext c) {
      return c;
    }
    throw new IllegalStateException("A request reached a handler without passing the request guard");
  }
}
