package org.w3id.crlm.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.w3id.crlm.ErrorCode;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The one form of every error the server gives, on every route and from every layer (a handler,
 * the request guard, Jetty's own refusals): the JSON APIs under /api/ answer JSON
 * ({"status", "error", "message", "requestId"}), everything else plain text whose last line is
 * the request id. Never a framework page, never an exception's class name.
 */
final class ErrorResponse {
  private ErrorResponse() {}

  static void write(HttpServletRequest request, HttpServletResponse response, int status, String message,
      Map<String, String> headers) {
    write(request, response, status, ErrorCode.forStatus(status), message, headers);
  }

  static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code, String message,
      Map<String, String> headers) {
    if (response.isCommitted()) {
      return;
    }
    String id = RequestIds.of(request);
    byte[] body = body(request.getRequestURI(), status, code, message, id);
    response.reset();
    response.setStatus(status);
    response.setHeader(RequestIds.HEADER, id);
    RequestGuard.SECURITY_HEADERS.forEach(response::setHeader);
    headers.forEach(response::setHeader);
    response.setContentType(contentType(request.getRequestURI()));
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      // The client has gone; there is no one left to tell.
    }
  }

  static byte[] body(String path, int status, ErrorCode code, String message, String id) {
    if (isJsonApi(path)) {
      JsonObject json = new JsonObject();
      json.put("status", status);
      json.put("error", reason(status));
      json.put("code", code.code());
      json.put("message", message);
      json.put("requestId", id);
      return (JSON.toStringFlat(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    return (message.strip() + "\nError code: " + code + "\nRequest id: " + id + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static String contentType(String path) {
    return isJsonApi(path) ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
  }

  private static boolean isJsonApi(String path) {
    return path != null && path.startsWith("/api/");
  }

  private static String reason(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? String.valueOf(status) : reason;
  }
}
