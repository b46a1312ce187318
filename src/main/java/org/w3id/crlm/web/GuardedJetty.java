package org.w3id.crlm.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.w3id.crlm.ErrorCode;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * The Jetty server under Spark, set up for a public deployment: the request guard in front of
 * Spark's handler, idle connections and stalled reads or writes cut after the idle timeout, bodies
 * that trickle in cut at a minimum data rate, no version in the headers, and Jetty's own refusals
 * (a malformed request line, headers too large) in the server's error form instead of Jetty's
 * HTML page.
 */
final class GuardedJetty implements JettyServerFactory {
  private final Duration idleTimeout;
  private final RequestGuard guard;

  GuardedJetty(Duration idleTimeout, RequestGuard guard) {
    this.idleTimeout = idleTimeout;
    this.guard = guard;
  }

  @Override
  public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
    QueuedThreadPool pool = new QueuedThreadPool(maxThreads, minThreads, threadTimeoutMillis);
    pool.setName("crlm-http");
    return create(pool);
  }

  @Override
  public Server create(ThreadPool pool) {
    Server server = new Server(pool) {
      @Override
      public void setConnectors(Connector[] connectors) {
        for (Connector connector : connectors) {
          if (connector instanceof ServerConnector serverConnector) {
            serverConnector.setIdleTimeout(idleTimeout.toMillis());
            HttpConnectionFactory http = serverConnector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
              HttpConfiguration configuration = http.getHttpConfiguration();
              configuration.setIdleTimeout(idleTimeout.toMillis());
              configuration.setMinRequestDataRate(RequestBody.MIN_DATA_RATE);
              configuration.setSendServerVersion(false);
              configuration.setSendXPoweredBy(false);
            }
          }
        }
        super.setConnectors(connectors);
      }

      @Override
      public void setHandler(org.eclipse.jetty.server.Handler handler) {
        guard.setHandler(handler);
        super.setHandler(guard);
      }
    };
    server.setErrorHandler(new PlainErrors());
    return server;
  }

  /** Jetty's own error responses, in the server's form. */
  private static final class PlainErrors extends ErrorHandler {
    @Override
    public void doError(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      // Jetty's message may name an exception; the server's form never does.
      int status = response.getStatus();
      String reason = org.eclipse.jetty.http.HttpStatus.getMessage(status);
      ErrorResponse.write(request, response, status, status >= 500
          ? "Internal error: the server failed on this request; the server log has the details under the request id."
          : "The request was refused: " + reason + ".", Map.of());
      base.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
      String id = RequestIds.next();
      fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      fields.put(RequestIds.HEADER, id);
      return ByteBuffer.wrap(ErrorResponse.body("", status, ErrorCode.forStatus(status), switch (status) {
        case 414 -> "The request's URI is longer than this server takes (8 KiB): send a long query in a POST body"
            + " (application/sparql-query or a form).";
        case 431 -> "The request's headers are larger than this server takes (8 KiB in all): send fewer or shorter headers.";
        default -> "The request is malformed and was refused" + (reason == null ? "" : ": " + reason) + ".";
      }, id));
    }
  }
}
