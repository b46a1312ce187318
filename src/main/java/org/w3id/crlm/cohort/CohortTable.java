package org.w3id.crlm.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.crlm.profile.Labelled;
import org.w3id.crlm.profile.NoBenefitReason;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileEntry;

/**
 * Writes a cohort's rows as CSV (RFC 4180), one patient a row, in the input's order: the stage
 * group and populations the reasoner found, the agents of no benefit with the population that
 * makes them so, the agents and regimens a past adverse event rules out, the recommendations that
 * apply, the studies of the patient's populations, or the reason the patient has no answer.
 * Several values in a cell are separated by "; ". {@link #values} gives the same values unjoined,
 * for the Parquet table.
 */
public final class CohortTable implements AutoCloseable {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("line", "id", "status", "stage_group", "populations", "no_benefit",
      "excluded_by_adverse_events", "recommended", "advised_against", "trials", "error");

  private final CSVPrinter printer;

  public CohortTable(Appendable out) {
    try {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(CohortRunner.Row row) {
    List<Object> cells = new ArrayList<>();
    for (List<String> values : values(row)) {
      cells.add(String.join("; ", values));
    }
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row's values, column by column in the order of {@link #COLUMNS}: none, one or several each. */
  public static List<List<String>> values(CohortRunner.Row row) {
    ProfileAnswer a = row.answer();
    List<List<String>> values = new ArrayList<>();
    values.add(List.of(Long.toString(row.line())));
    values.add(row.id() == null ? List.of() : List.of(row.id()));
    values.add(List.of(a == null ? "not answered" : "answered"));
    if (a == null) {
      while (values.size() < COLUMNS.size() - 1) {
        values.add(List.of());
      }
      values.add(row.error() == null ? List.of() : List.of(row.error()));
      return values;
    }
    values.add(labels(a.stageGroup()));
    values.add(labels(a.populations()));
    values.add(entries(a.noBenefit(), true));
    values.add(entries(a.excludedByAdverseEvents(), false));
    values.add(entries(a.recommendations(), false));
    values.add(entries(a.advisedAgainst(), false));
    values.add(entries(a.trials(), false));
    values.add(List.of());
    return values;
  }

  private static List<String> labels(List<Labelled> labelled) {
    return labelled.stream().map(Labelled::label).toList();
  }

  /**
   * Each entry's term; with {@code why}, with the populations that make it so ("cetuximab
   * (KRAS-mutant colorectal cancer)"), taken from its reasons, else from the entry.
   */
  private static List<String> entries(List<ProfileEntry> entries, boolean why) {
    return entries.stream().map(e -> {
      if (!why) {
        return e.term().label();
      }
      List<String> populations = (e.reasons() == null ? List.<NoBenefitReason>of() : e.reasons()).stream()
          .map(NoBenefitReason::population).filter(java.util.Objects::nonNull).map(Labelled::label).distinct().toList();
      if (populations.isEmpty() && e.population() != null) {
        populations = List.of(e.population().label());
      }
      return populations.isEmpty() ? e.term().label() : e.term().label() + " (" + String.join(", ", populations) + ")";
    }).distinct().toList();
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
