package org.w3id.crlm.query;

import org.w3id.crlm.ErrorCode;

import org.w3id.crlm.CrlmException;

/** A SPARQL request that cannot be run as given, with the line and column where it goes wrong. */
public class BadQueryException extends CrlmException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public BadQueryException(String message, int line, int column) {
    super(ErrorCode.BAD_QUERY, message);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the error, or -1 when the error has no place. */
  public int line() {
    return line;
  }

  /** 1-based column of the error, or -1 when the error has no place. */
  public int column() {
    return column;
  }
}
