package org.w3id.crlm.web;

import java.util.List;
import java.util.Map;
import spark.Request;

/** The query-string parameters of the JSON APIs, decoded strictly, each given at most once. */
final class QueryParameters {
  private QueryParameters() {}

  static Map<String, List<String>> of(Request request) {
    String query = request.raw().getQueryString();
    return SparqlRequest.parse(query == null ? "" : query, "query string");
  }

  /** The parameter's value, or null when it is absent or blank; given twice, a 400. */
  static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    if (values.size() > 1) {
      throw new HttpError(400, "Give the parameter %s once.".formatted(name));
    }
    return values.get(0);
  }

  /** A whole number from 1 to {@code max}, or {@code fallback} when absent; anything else a 400 naming the range. */
  static int number(Map<String, List<String>> params, String name, int fallback, int max) {
    String value = single(params, name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Answered below with the allowed range.
    }
    throw new HttpError(400, "The parameter %s must be a whole number from 1 to %d; it is '%s'.".formatted(name, max, value));
  }

  /** true or false (any case), false when absent; anything else a 400. */
  static boolean flag(Map<String, List<String>> params, String name) {
    String value = single(params, name);
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new HttpError(400, "The parameter %s is true or false; it is '%s'.".formatted(name, value));
  }
}
