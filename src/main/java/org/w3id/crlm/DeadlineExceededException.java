package org.w3id.crlm;

import java.time.Duration;

/**
 * Work stopped at its {@link Deadline}. Nothing it was doing is kept: the knowledge base and the
 * store are as they were. The message says what ran out of time and the limit; how to raise the
 * limit depends on where the work came from (a command's --timeout, a server option), so the
 * command line and the server each add that themselves.
 */
public class DeadlineExceededException extends CrlmException {
  private static final long serialVersionUID = 1L;
  private final Duration limit;

  public DeadlineExceededException(String activity, Duration limit) {
    super(ErrorCode.DEADLINE, "%s was stopped at the time limit of %s; nothing was changed.".formatted(capitalized(activity), seconds(limit)));
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }

  /** "20 s", "1.5 s", "250 ms": a limit as people say it. */
  public static String seconds(Duration limit) {
    long millis = limit.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : "%.1f s".formatted(millis / 1000.0);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
