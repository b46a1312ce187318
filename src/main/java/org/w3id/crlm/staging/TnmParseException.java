package org.w3id.crlm.staging;

import org.w3id.crlm.ErrorCode;

import org.w3id.crlm.CrlmException;

/** A TNM string that cannot be read, with the offending token and the accepted forms. */
public class TnmParseException extends CrlmException {
  private static final long serialVersionUID = 1L;

  public TnmParseException(String message) {
    super(ErrorCode.BAD_TNM, message);
  }
}
