package org.w3id.crlm.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileReader;

/**
 * Answers a cohort: patient profiles, one JSON object per line or from FHIR resources, read as a
 * stream. Profiles are checked here, then reasoned in batches, each batch on one fresh reasoner
 * ({@link CohortBatch}), the batches run by an engine (a pool of threads, or Apache Spark); rows
 * come out in the input's order, and no more than a window of batches is held at once, so memory
 * does not grow with the cohort. A line that is no profile, a
 * repeated id, or a profile that contradicts the knowledge base becomes a row with its reason, and
 * the run goes on.
 */
public final class CohortRunner {
  /** One patient's row: the answer, or why there is none. */
  public record Row(long line, String id, ProfileAnswer answer, String error) implements java.io.Serializable {}

  /** How many patients were answered and how many not. */
  public record Summary(long answered, long failed) {}

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

  private final ProfileReader reader;
  private final CohortEngine engine;
  private final int batchSize;

  /**
   * @param engine runs the batches (its owner closes it)
   * @param batchSize patients per reasoner (about 20 shares HermiT's fixed cost without making each instance check long)
   */
  public CohortRunner(ProfileReader reader, CohortEngine engine, int batchSize) {
    if (batchSize < 1) {
      throw new CrlmException("The batch size must be at least 1 (was %d).".formatted(batchSize));
    }
    this.reader = reader;
    this.engine = engine;
    this.batchSize = batchSize;
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
    List<Item> window = new ArrayList<>();
    int windowSize = batchSize * engine.parallelism() * 2;
    while (inputs.hasNext()) {
      window.add(parse(inputs.next(), firstLineOfId));
      if (window.size() == windowSize) {
        emit(answer(window), sink, counts);
        window = new ArrayList<>();
      }
    }
    emit(answer(window), sink, counts);
    return new Summary(counts[0], counts[1]);
  }

  /** An input patient, read: its profile checked (kept as JSON for the batch function), or why it has none. */
  private record Item(long line, String id, CohortBatch.Patient patient, String error) {}

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
      return new Item(number, profile.id(), new CohortBatch.Patient(number, input.where(), input.profileJson()), null);
    } catch (CrlmException e) {
      return new Item(number, input.id(), null, e.getMessage());
    }
  }

  /** The rows of a window of items, its profiles answered in batches by the engine. */
  private List<Row> answer(List<Item> window) {
    List<Item> readable = window.stream().filter(i -> i.patient() != null).toList();
    List<List<CohortBatch.Patient>> batches = new ArrayList<>();
    for (int from = 0; from < readable.size(); from += batchSize) {
      batches.add(readable.subList(from, Math.min(readable.size(), from + batchSize)).stream().map(Item::patient).toList());
    }
    Map<Long, CohortBatch.Outcome> outcomes = new HashMap<>();
    int next = 0;
    for (List<CohortBatch.Outcome> batch : batches.isEmpty() ? List.<List<CohortBatch.Outcome>>of() : engine.answer(batches)) {
      for (CohortBatch.Outcome outcome : batch) {
        outcomes.put(readable.get(next++).line(), outcome);
      }
    }
    List<Row> rows = new ArrayList<>(window.size());
    for (Item item : window) {
      CohortBatch.Outcome outcome = outcomes.get(item.line());
      rows.add(outcome == null ? new Row(item.line(), item.id(), null, item.error())
          : new Row(item.line(), item.id(), outcome.answer(), outcome.error()));
    }
    return rows;
  }

  private static void emit(List<Row> rows, Consumer<Row> sink, long[] counts) {
    for (Row row : rows) {
      counts[row.answer() != null ? 0 : 1]++;
      sink.accept(row);
    }
  }
}
