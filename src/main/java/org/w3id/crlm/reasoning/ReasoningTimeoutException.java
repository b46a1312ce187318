package org.w3id.crlm.reasoning;

import java.time.Duration;
import org.w3id.crlm.CrlmException;

/** Reasoning over a user's input took longer than the limit; nothing of the knowledge base is changed. */
public final class ReasoningTimeoutException extends CrlmException {
  public ReasoningTimeoutException(String input, Duration limit) {
    super(("Reasoning over %s took longer than the limit of %d ms and was stopped. The knowledge base is unchanged."
        + " Simplify the input (fewer or simpler axioms), or raise the limit (--timeout on the command line,"
        + " timeout=SECONDS in the API).").formatted(input, limit.toMillis()));
  }
}
