package org.w3id.crlm.query.bounded;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * The text a regular expression is matched against, which stops the match when its query is
 * cancelled. {@code java.util.regex} never looks at the clock, and a pattern with nested
 * quantifiers can backtrack for hours over thirty characters; but it reads every character
 * through {@link #charAt}, so that is where the query's cancel signal (set by the query's time
 * limit or by an abort) is checked, every {@value #CHECK_EVERY} reads.
 */
final class CancellableText implements CharSequence {
  private static final int CHECK_EVERY = 1 << 12;

  private final String text;
  private final int start;
  private final int end;
  private final AtomicBoolean cancelled;
  private int reads;

  private CancellableText(String text, int start, int end, AtomicBoolean cancelled) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.cancelled = cancelled;
  }

  /** {@code text}, watched by the cancel signal of the query that {@code env} evaluates; the text itself when there is none. */
  static CharSequence of(String text, FunctionEnv env) {
    AtomicBoolean signal = signal(env);
    return signal == null ? text : new CancellableText(text, 0, text.length(), signal);
  }

  private static AtomicBoolean signal(FunctionEnv env) {
    if (env instanceof ExecutionContext execution && execution.getCancelSignal() != null) {
      return execution.getCancelSignal();
    }
    return env == null ? null : Context.getCancelSignal(env.getContext());
  }

  @Override
  public char charAt(int index) {
    if (++reads == CHECK_EVERY) {
      reads = 0;
      if (cancelled.get()) {
        throw new QueryCancelledException();
      }
    }
    return text.charAt(start + index);
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    if (from < 0 || to > length() || from > to) {
      throw new IndexOutOfBoundsException("subSequence(%d, %d) of %d characters".formatted(from, to, length()));
    }
    return new CancellableText(text, start + from, start + to, cancelled);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
