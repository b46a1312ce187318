package org.w3id.crlm.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import spark.Request;

/**
 * The query and dataset parameters of a SPARQL 1.1 Protocol request, decoded strictly: bad
 * percent-encoding or invalid UTF-8 is a 400 here rather than an exception deep in Jetty.
 */
record SparqlRequest(String query, List<String> defaultGraphUris, List<String> namedGraphUris) {

  static SparqlRequest from(Request request, int maxBytes) {
    String method = request.requestMethod();
    if ("GET".equals(method)) {
      return fromParameters(parse(request.raw().getQueryString(), "query string"));
    }
    if (!"POST".equals(method)) {
      throw new HttpError(405, "Method " + method + " is not allowed on the SPARQL endpoint: use GET or POST.");
    }
    String contentType = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
    String mediaType = contentType.split(";", 2)[0].strip();
    byte[] body = RequestBody.read(request, maxBytes);
    return switch (mediaType) {
      case "application/x-www-form-urlencoded" ->
          fromParameters(parse(utf8(body, "form body"), "form body"));
      case "application/sparql-query" -> {
        Map<String, List<String>> params = parse(request.raw().getQueryString(), "query string");
        if (params.containsKey("query")) {
          throw new HttpError(400, "A POST with a SPARQL query body must not also have a 'query' parameter.");
        }
        yield new SparqlRequest(utf8(body, "query body"),
            params.getOrDefault("default-graph-uri", List.of()),
            params.getOrDefault("named-graph-uri", List.of()));
      }
      case "application/sparql-update" ->
          throw new HttpError(400, "SPARQL Update is not accepted: this endpoint is read-only.");
      default -> throw new HttpError(415, ("Content type '%s' is not accepted. POST a query as"
          + " application/x-www-form-urlencoded (query=...) or as application/sparql-query.").formatted(contentType));
    };
  }

  private static SparqlRequest fromParameters(Map<String, List<String>> params) {
    if (params.containsKey("update")) {
      throw new HttpError(400, "SPARQL Update is not accepted: this endpoint is read-only.");
    }
    List<String> queries = params.getOrDefault("query", List.of());
    if (queries.isEmpty()) {
      throw new HttpError(400, "Missing the 'query' parameter. Send ?query=... with a URL-encoded SPARQL query.");
    }
    if (queries.size() > 1) {
      throw new HttpError(400, "Exactly one 'query' parameter is allowed; this request has " + queries.size() + ".");
    }
    return new SparqlRequest(queries.get(0),
        params.getOrDefault("default-graph-uri", List.of()),
        params.getOrDefault("named-graph-uri", List.of()));
  }

  /** Parses application/x-www-form-urlencoded text, refusing malformed escapes and bad UTF-8. */
  static Map<String, List<String>> parse(String encoded, String where) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    int offset = 0;
    for (String pair : encoded.split("&", -1)) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), where, offset);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), where, offset + eq + 1);
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      offset += pair.length() + 1;
    }
    return params;
  }

  /** Decodes one name or value; {@code offset} is where it starts in the whole encoded text. */
  private static String decode(String text, String where, int offset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
          throw new HttpError(400, ("Malformed percent-encoding in the %s at character %d: '%%' must be"
              + " followed by two hexadecimal digits.").formatted(where, offset + i + 1));
        }
        out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return utf8(out.toByteArray(), where);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static String utf8(byte[] bytes, String where) {
    return RequestBody.utf8(bytes, "The %s is not valid UTF-8. Encode the query as UTF-8.".formatted(where));
  }
}
