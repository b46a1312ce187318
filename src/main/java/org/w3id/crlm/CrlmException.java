package org.w3id.crlm;

/**
 * A failure the user can act on: every message names the input, where it is wrong and how to
 * fix it. The command line maps it to exit code 1 and the server to a 4xx status; anything
 * else that is thrown is an internal error.
 */
public class CrlmException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public CrlmException(String message) {
    this(ErrorCode.BAD_INPUT, message);
  }

  public CrlmException(String message, Throwable cause) {
    this(ErrorCode.BAD_INPUT, message, cause);
  }

  public CrlmException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public CrlmException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The stable code of this kind of failure, printed and returned beside the message. */
  public ErrorCode code() {
    return code;
  }
}
