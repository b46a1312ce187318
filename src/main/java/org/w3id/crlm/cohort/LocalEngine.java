package org.w3id.crlm.cohort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/** The batch function on a pool of threads of this process: the default engine, one batch per core at a time. */
public final class LocalEngine implements CohortEngine {
  private final ProfileReader reader;
  private final ProfileService service;
  private final int maxRank;
  private final Duration batchLimit;
  private final ExecutorService pool;
  private final int threads;

  public LocalEngine(ProfileReader reader, ProfileService service, int maxRank, Duration batchLimit, int threads) {
    if (threads < 1) {
      throw new CrlmException("The number of threads must be at least 1 (was %d).".formatted(threads));
    }
    this.reader = reader;
    this.service = service;
    this.maxRank = maxRank;
    this.batchLimit = batchLimit;
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "cohort-reasoner");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public List<List<CohortBatch.Outcome>> answer(List<List<CohortBatch.Patient>> batches) {
    List<Future<List<CohortBatch.Outcome>>> futures = new ArrayList<>();
    for (List<CohortBatch.Patient> batch : batches) {
      futures.add(pool.submit(() -> CohortBatch.answer(reader, service, maxRank, batchLimit, batch)));
    }
    List<List<CohortBatch.Outcome>> outcomes = new ArrayList<>();
    for (Future<List<CohortBatch.Outcome>> future : futures) {
      try {
        outcomes.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CrlmException("The cohort run was interrupted.", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("A batch of the cohort failed: " + e.getCause(), e.getCause());
      }
    }
    return outcomes;
  }

  @Override
  public int parallelism() {
    return threads;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
