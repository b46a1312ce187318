package org.w3id.crlm;

/**
 * A failure the user can act on: every message names the input, where it is wrong and how to
 * fix it. The command line maps it to exit code 1 and the server to a 4xx status; anything
 * else that is thrown is an internal error.
 */
public class CrlmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CrlmException(String message) {
    super(message);
  }

  public CrlmException(String message, Throwable cause) {
    super(message, cause);
  }
}
