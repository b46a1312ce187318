package org.w3id.crlm.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.crlm.profile.Labelled;
import org.w3id.crlm.profile.NoBenefitReason;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileEntry;

/**
 * Writes a cohort's rows as CSV (RFC 4180), one patient a row, in the input's order: the stage
 * group and populations the reasoner found, the agents of no benefit with the population that
 * makes them so, the agents and regimens a past adverse event rules out, the recommendations that apply, the studies of the patient's populations, or the
 * reason the patient has no answer. Several values in a cell are separated by "; ".
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
    ProfileAnswer a = row.answer();
    try {
      if (a == null) {
        printer.printRecord(row.line(), nullToEmpty(row.id()), "not answered", "", "", "", "", "", "", "", row.error());
      } else {
        printer.printRecord(row.line(), row.id(), "answered", labels(a.stageGroup()), labels(a.populations()),
            entries(a.noBenefit(), true), entries(a.excludedByAdverseEvents(), false), entries(a.recommendations(), false), entries(a.advisedAgainst(), false),
            entries(a.trials(), false), "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String labels(List<Labelled> labelled) {
    return labelled.stream().map(Labelled::label).collect(Collectors.joining("; "));
  }

  /**
   * Each entry's term; with {@code why}, with the populations that make it so ("cetuximab
   * (KRAS-mutant colorectal cancer)"), taken from its reasons, else from the entry.
   */
  private static String entries(List<ProfileEntry> entries, boolean why) {
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
    }).distinct().collect(Collectors.joining("; "));
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
