package org.w3id.crlm.web;

import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * How many requests of one kind (reasoning, explanations, uploads) the server works on at once.
 * One over capacity is answered 503 with Retry-After at once, rather than queued behind work of
 * unknown length.
 */
final class Capacity {
  private static final int RETRY_AFTER_SECONDS = 2;

  private final String work;
  private final int size;
  private final Semaphore permits;

  /** @param work what the requests do, for the message ("reasoning") */
  Capacity(String work, int size) {
    this.work = work;
    this.size = size;
    this.permits = new Semaphore(size);
  }

  /** A permit, to close when the work is done; 503 when all are taken. */
  Permit acquire() {
    if (!permits.tryAcquire()) {
      throw new HttpError(503, "The server is busy: it is already %s for %d request(s), its capacity. Try again in %d s."
          .formatted(work, size, RETRY_AFTER_SECONDS), Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    }
    return permits::release;
  }

  /** A held permit; closing it gives it back. */
  @FunctionalInterface
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
