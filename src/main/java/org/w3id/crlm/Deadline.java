package org.w3id.crlm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moment by which one piece of work (a server request, a command) must be done. Work checks
 * it between steps ({@link #check}); what cannot check it itself (a SPARQL execution, a HermiT
 * tableau, a regular expression) registers a hook ({@link #onExpiry}) that a watchdog thread
 * runs when the time is up, which stops that work from the outside. One deadline covers the
 * whole of the work, however many steps it has, so that the steps cannot each take the full
 * limit.
 */
public final class Deadline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Deadline.class);
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "crlm-deadline-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final Duration limit;
  private final long end;
  private final List<Runnable> hooks = new ArrayList<>();
  private final ScheduledFuture<?> alarm;
  private boolean expired;

  private Deadline(Duration limit) {
    this.limit = limit;
    this.end = System.nanoTime() + limit.toNanos();
    this.alarm = WATCHDOG.schedule(this::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** A deadline {@code limit} from now. Close it when the work is done, to free its alarm. */
  public static Deadline after(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("A time limit must be positive: " + limit);
    }
    return new Deadline(limit);
  }

  /** The time the work was given in all. */
  public Duration limit() {
    return limit;
  }

  /** The time left, zero once the deadline has passed. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
  }

  /** {@code budget} or the time left, whichever is shorter: for a step with a budget of its own. */
  public Duration within(Duration budget) {
    Duration remaining = remaining();
    return budget.compareTo(remaining) < 0 ? budget : remaining;
  }

  public boolean passed() {
    return end - System.nanoTime() <= 0;
  }

  /**
   * Throws {@link DeadlineExceededException} once the deadline has passed.
   *
   * @param activity what was being done, for the message ("reasoning over draft 'x.tsv'")
   */
  public void check(String activity) {
    if (passed()) {
      throw new DeadlineExceededException(activity, limit);
    }
  }

  /**
   * Runs {@code hook} when the deadline passes (at once if it has), on the watchdog thread, unless
   * the returned registration is closed first. A hook must be quick and must not throw: it stops
   * work, it does not do any.
   */
  public Registration onExpiry(Runnable hook) {
    boolean runNow;
    synchronized (hooks) {
      runNow = expired;
      if (!runNow) {
        hooks.add(hook);
      }
    }
    if (runNow) {
      run(hook);
    }
    return () -> {
      synchronized (hooks) {
        hooks.remove(hook);
      }
    };
  }

  private void expire() {
    List<Runnable> due;
    synchronized (hooks) {
      expired = true;
      due = List.copyOf(hooks);
      hooks.clear();
    }
    due.forEach(Deadline::run);
  }

  private static void run(Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      LOG.warn("A deadline hook failed; the work it was to stop may run on", e);
    }
  }

  /** Frees the alarm; the hooks registered and not yet run are dropped. */
  @Override
  public void close() {
    alarm.cancel(false);
    synchronized (hooks) {
      hooks.clear();
    }
  }

  /** A hook registered with {@link #onExpiry}; closing it removes the hook. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
