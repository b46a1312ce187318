package org.w3id.crlm.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.Deadline;

/**
 * The first handler every request meets, before the web framework: gives it an id (the
 * X-Request-Id header), answers a method the route does not take with 405 and Allow, starts the
 * request's deadline, shows the framework a request it cannot trip on (its route matching fails
 * on an unusual Accept header, so it sees {@code *}{@code /*} and the handlers read the real
 * one; HEAD is routed as GET, Jetty drops the body), and turns anything that escapes the
 * framework, errors included, into the server's own error response.
 */
final class RequestGuard extends HandlerWrapper {
  private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);

  /**
   * On every response: no type sniffing (an error that echoes input is text, never a page), no
   * framing by other sites, no referrer sent on, and the UI's pages may load and run only the
   * server's own files (styles inline too: the editor sets them).
   */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");

  private final Function<Endpoint.Limit, Duration> limits;

  RequestGuard(Function<Endpoint.Limit, Duration> limits) {
    this.limits = limits;
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String id = RequestIds.assign(request);
    response.setHeader(RequestIds.HEADER, id);
    SECURITY_HEADERS.forEach(response::setHeader);
    Optional<Endpoint> endpoint = Endpoint.of(target);
    String method = request.getMethod();
    if (endpoint.isPresent() && !endpoint.get().allows(method)) {
      ErrorResponse.write(request, response, 405, "Method %s is not allowed on %s: use %s."
          .formatted(method, endpoint.get().path(), endpoint.get().allow()), Map.of("Allow", endpoint.get().allow()));
      base.setHandled(true);
      return;
    }
    Endpoint.Limit limit = endpoint.map(Endpoint::limit).orElse(Endpoint.Limit.QUERY);
    try (Deadline deadline = Deadline.after(limits.apply(limit))) {
      new RequestContext(deadline, base, request.getHeader("Accept"), limit).attachTo(request);
      super.handle(target, base, new FrameworkView(request), response);
    } catch (Throwable e) {
      // A stack overflow or a single allocation too large to make leave the server sound: answered; anything else of the JVM's is not.
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
        throw e;
      }
      Failure failure = Failure.of(e, limit);
      if (failure.internal()) {
        LOG.error("Internal error in request {} {} (request id {})", method, target, id, e);
      }
      ErrorResponse.write(request, response, failure.status(), failure.code(), failure.message(), failure.headers());
      base.setHandled(true);
    }
  }

  /** The request as the framework sees it: any Accept, HEAD as GET. */
  private static final class FrameworkView extends HttpServletRequestWrapper {
    FrameworkView(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      String method = super.getMethod();
      return "HEAD".equals(method) ? "GET" : method;
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? "*/*" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of("*/*")) : super.getHeaders(name);
    }
  }
}
