package org.w3id.crlm.query;

import java.time.Duration;
import org.w3id.crlm.CrlmException;

/** A query stopped because it ran longer than the time limit. */
public class QueryTimeoutException extends CrlmException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(Duration limit) {
    super(
        ("The query was stopped after %d ms, the time limit. Narrow it (more specific patterns,"
                + " a LIMIT) or raise the limit with --timeout.")
            .formatted(limit.toMillis()));
  }
}
