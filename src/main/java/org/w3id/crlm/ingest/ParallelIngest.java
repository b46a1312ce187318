package org.w3id.crlm.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.text.TextDocument;

/**
 * Ingests several documents at once, one to a thread: documents are independent (each has its own
 * annotation file, written and renamed on its own), so a directory ingests about as many times
 * faster as there are cores. Outcomes are handed over in the order of the inputs, whatever order
 * the threads finish in, so that the output of a run does not depend on timing.
 */
public final class ParallelIngest {
  /** One input's ingest: its result, or the error that stopped it (the others go on). */
  public record Outcome<T>(T input, IngestResult result, CrlmException error) {}

  private ParallelIngest() {}

  /**
   * Ingests each input with {@code ingest} on {@code threads} threads, passing each outcome to
   * {@code onOutcome} in input order; a {@link CrlmException} of one input is its outcome.
   */
  public static <T> void run(List<T> inputs, Function<T, IngestResult> ingest, int threads, Consumer<Outcome<T>> onOutcome) {
    if (threads <= 1 || inputs.size() <= 1) {
      inputs.forEach(input -> onOutcome.accept(ingestOne(input, ingest)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "crlm-ingest");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Outcome<T>>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(pool.submit(() -> ingestOne(input, ingest)));
      }
      for (Future<Outcome<T>> future : futures) {
        onOutcome.accept(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrlmException("Ingest interrupted.");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The results of ingesting {@code documents} with {@code service} on {@code threads} threads, in their order. */
  public static List<IngestResult> run(IngestService service, List<TextDocument> documents, int threads) {
    List<IngestResult> results = new ArrayList<>();
    run(documents, service::ingest, threads, outcome -> {
      if (outcome.error() != null) {
        throw outcome.error();
      }
      results.add(outcome.result());
    });
    return results;
  }

  private static <T> Outcome<T> ingestOne(T input, Function<T, IngestResult> ingest) {
    try {
      return new Outcome<>(input, ingest.apply(input), null);
    } catch (CrlmException e) {
      return new Outcome<>(input, null, e);
    }
  }
}
