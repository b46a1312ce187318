package org.w3id.crlm.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/**
 * Answers a cohort: patient profiles, one JSON object per line, read as a stream. Profiles are
 * reasoned in batches, each batch on one fresh reasoner ({@link ProfileService#answerAll}), the
 * batches on a pool of threads; rows come out in the input's order, and no more than a window of
 * batches is held at once, so memory does not grow with the cohort. A line that is no profile, a
 * repeated id, or a profile that contradicts the knowledge base becomes a row with its reason, and
 * the run goes on.
 */
public final class CohortRunner {
  /** One patient's row: the answer, or why there is none. */
  public record Row(long line, String id, org.w3id.crlm.profile.ProfileAnswer answer, String error) {}

  /** How many patients were answered and how many not. */
  public record Summary(long answered, long failed) {}

  private final ProfileService service;
  private final ProfileReader reader;
  private final int maxRank;
  private final int batchSize;
  private final int threads;
  private final Duration batchLimit;

  /**
   * @param batchSize patients per reasoner (50 or so shares HermiT's fixed cost; the cost per
   *     patient stays flat well beyond)
   * @param threads batches reasoned at once
   * @param batchLimit the time one batch may take
   */
  public CohortRunner(ProfileService service, ProfileReader reader, int maxRank, int batchSize, int threads, Duration batchLimit) {
    if (batchSize < 1 || threads < 1) {
      throw new CrlmException("The batch size and the number of threads must be at least 1 (were %d and %d).".formatted(batchSize, threads));
    }
    this.service = service;
    this.reader = reader;
    this.maxRank = maxRank;
    this.batchSize = batchSize;
    this.threads = threads;
    this.batchLimit = batchLimit;
  }

  /**
   * One patient of the input: the text of its profile (JSON) or why there is none, where it is
   * ({@code line}: the line of a profile file, the patient's place in a FHIR input) and what it is
   * called in messages.
   */
  public record Input(long line, String id, String where, String profileJson, String error) {
    /** An input patient (or line) without a profile: {@code id} may be null when none could be read. */
    public static Input failed(long line, String id, String error) {
      return new Input(line, id, null, null, error);
    }
  }

  /** Reads the profiles of {@code input}, one per line ({@code source} names it in messages), and gives each its row. */
  public Summary run(BufferedReader input, String source, Consumer<Row> sink) {
    Iterator<Input> lines = new Iterator<>() {
      private long number;
      private String next = advance();

      private String advance() {
        try {
          String line;
          do {
            line = input.readLine();
            number++;
          } while (line != null && line.isBlank());
          return line;
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Input next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Input item = new Input(number, null, "%s line %d".formatted(source, number), next, null);
        next = advance();
        return item;
      }
    };
    return run(lines, sink);
  }

  /** Answers each input patient and gives it its row, in the inputs' order. */
  public Summary run(Iterator<Input> inputs, Consumer<Row> sink) {
    Map<String, Long> firstLineOfId = new HashMap<>();
    long[] counts = new long[2];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "cohort-reasoner");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Item> window = new ArrayList<>();
      int windowSize = batchSize * threads * 2;
      while (inputs.hasNext()) {
        window.add(parse(inputs.next(), firstLineOfId));
        if (window.size() == windowSize) {
          emit(answer(window, pool), sink, counts);
          window = new ArrayList<>();
        }
      }
      emit(answer(window, pool), sink, counts);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts[0], counts[1]);
  }

  /** A line of the input: its profile, or why it has none. */
  private record Item(long line, String id, PatientProfile profile, String error) {}

  private Item parse(Input input, Map<String, Long> firstLineOfId) {
    long number = input.line();
    if (input.error() != null) {
      return new Item(number, input.id(), null, input.error());
    }
    try {
      PatientProfile profile = reader.read(input.profileJson(), input.where());
      Long first = firstLineOfId.putIfAbsent(profile.id(), number);
      if (first != null) {
        return new Item(number, profile.id(), null,
            "The id '%s' was given on line %d already. Give each patient an id of its own.".formatted(profile.id(), first));
      }
      return new Item(number, profile.id(), profile, null);
    } catch (CrlmException e) {
      return new Item(number, input.id(), null, e.getMessage());
    }
  }

  /** The rows of a window of items, its profiles answered in batches on the pool. */
  private List<Row> answer(List<Item> window, ExecutorService pool) {
    List<Item> readable = window.stream().filter(i -> i.profile() != null).toList();
    List<List<PatientProfile>> batches = new ArrayList<>();
    List<Future<List<ProfileService.Outcome>>> futures = new ArrayList<>();
    for (int from = 0; from < readable.size(); from += batchSize) {
      List<PatientProfile> batch = readable.subList(from, Math.min(readable.size(), from + batchSize)).stream().map(Item::profile).toList();
      batches.add(batch);
      futures.add(pool.submit(() -> {
        try (Deadline deadline = Deadline.after(batchLimit)) {
          return service.answerAll(batch, maxRank, deadline);
        }
      }));
    }
    Map<Long, ProfileService.Outcome> outcomes = new HashMap<>();
    int next = 0;
    for (int b = 0; b < futures.size(); b++) {
      for (ProfileService.Outcome outcome : outcomes(futures.get(b), batches.get(b))) {
        outcomes.put(readable.get(next++).line(), outcome);
      }
    }
    List<Row> rows = new ArrayList<>(window.size());
    for (Item item : window) {
      ProfileService.Outcome outcome = outcomes.get(item.line());
      if (outcome == null) {
        rows.add(new Row(item.line(), item.id(), null, item.error()));
      } else {
        rows.add(new Row(item.line(), item.id(), outcome.answer(), outcome.error() == null ? null : outcome.error().getMessage()));
      }
    }
    return rows;
  }

  /** The batch's outcomes; if the batch failed as a whole (its deadline passed), that reason for each of its patients. */
  private static List<ProfileService.Outcome> outcomes(Future<List<ProfileService.Outcome>> future, List<PatientProfile> batch) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrlmException("The cohort run was interrupted.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CrlmException failed) {
        return batch.stream().map(profile -> new ProfileService.Outcome(profile, null, failed)).toList();
      }
      throw new IllegalStateException("A batch of the cohort failed: " + e.getCause(), e.getCause());
    }
  }

  private static void emit(List<Row> rows, Consumer<Row> sink, long[] counts) {
    for (Row row : rows) {
      counts[row.answer() != null ? 0 : 1]++;
      sink.accept(row);
    }
  }
}
