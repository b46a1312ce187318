package org.w3id.crlm;

/**
 * The stable codes of the errors the command line prints and the server returns (in a JSON
 * body's {@code code}, on a text body's last lines), listed in the README. A code names the kind
 * of failure; the message beside it names the input, the place and the fix. Codes are never
 * reused for another kind.
 */
public enum ErrorCode {
  BAD_INPUT("CRLM-E01", "the input cannot be used as given (a file, a field, a value, an option)"),
  UNKNOWN_TERM("CRLM-E02", "a word names no term of the ontology of the kind expected; the closest terms are listed"),
  BAD_TNM("CRLM-E03", "a TNM string cannot be read, or names a category of no standard"),
  BAD_QUERY("CRLM-E04", "a SPARQL query is malformed, or does what the endpoint refuses (SERVICE, an unknown function)"),
  CONTRADICTION("CRLM-E05", "a profile's values exclude each other in the knowledge base"),
  DEADLINE("CRLM-E06", "the work was stopped at its time limit; nothing was changed"),
  MALFORMED_ONTOLOGY("CRLM-E07", "an ontology file cannot be read or its imports do not close"),
  INCONSISTENT_ONTOLOGY("CRLM-E08", "the ontology is inconsistent, or has classes that can have no member"),
  QUALITY_ERRORS("CRLM-E09", "the quality report of the ontology has ERROR rows"),
  TOO_LARGE("CRLM-E10", "a request or document is larger than the limit (HTTP 413)"),
  NOT_AUTHORISED("CRLM-E11", "a write without a valid token, or from another origin (HTTP 401, 403)"),
  OVER_CAPACITY("CRLM-E12", "the server is busy; retry after the time given (HTTP 503 with Retry-After)"),
  NOT_FOUND("CRLM-E13", "no such route or resource (HTTP 404)"),
  NOT_ACCEPTABLE("CRLM-E14", "a method, media type or answer format the route does not offer (HTTP 405, 406, 415)"),
  CONFLICT("CRLM-E15", "an upload would replace a document of the same name; say replace=true (HTTP 409)"),
  TOO_SLOW("CRLM-E16", "a request body arrived too slowly (HTTP 408)"),
  STORE_UNAVAILABLE("CRLM-E17", "the SPARQL store the server answers from, or a store to publish to, did not answer (HTTP 502)"),
  INTERNAL("CRLM-E99", "a failure of the program itself; the log has the details");

  private final String code;
  private final String description;

  ErrorCode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** The code of an HTTP status the server sends without a more precise cause. */
  public static ErrorCode forStatus(int status) {
    return switch (status) {
      case 401, 403 -> NOT_AUTHORISED;
      case 404 -> NOT_FOUND;
      case 405, 406, 415 -> NOT_ACCEPTABLE;
      case 408 -> TOO_SLOW;
      case 409 -> CONFLICT;
      case 413, 414, 431 -> TOO_LARGE;
      case 503 -> OVER_CAPACITY;
      default -> status >= 500 ? INTERNAL : BAD_INPUT;
    };
  }

  @Override
  public String toString() {
    return code;
  }
}
