package org.w3id.crlm.check;

import org.w3id.crlm.ontology.Crlm;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * Reads a draft written as a table, CSV or TSV, with a header row. Columns (any order, any case):
 * population, intervention, recommendation (recommend, consider, avoid ...) are required;
 * strength (strong, moderate, weak, conditional), conditions and id are optional. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
public final class TableDraftReader {
  private static final Set<String> REQUIRED = Set.of("population", "intervention", "recommendation");
  private static final Set<String> OPTIONAL = Set.of("strength", "conditions", "id");
  /** Other names authors give the columns. */
  private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("condition", "conditions"),
      Map.entry("threshold", "conditions"), Map.entry("thresholds", "conditions"), Map.entry("interventions", "intervention"),
      Map.entry("treatment", "intervention"), Map.entry("action", "recommendation"), Map.entry("direction", "recommendation"),
      Map.entry("row", "id"), Map.entry("identifier", "id"), Map.entry("strength of recommendation", "strength"));
  /** Columns for the author's own use, read past. */
  private static final Set<String> IGNORED = Set.of("notes", "note", "comment", "comments", "source", "sources", "evidence",
      "rationale", "reference", "references");
  private static final Set<String> STRENGTHS = Set.of("strong", "moderate", "weak", "conditional", "high", "low", "very low");

  private final TermIndex terms;
  private final ConditionReader reader;

  public TableDraftReader(TermIndex terms) {
    this.terms = terms;
    this.reader = new ConditionReader(terms);
  }

  /** @param tabs true for TSV, false for CSV */
  public Draft read(String text, String name, boolean tabs) {
    CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
    List<DraftStatement> statements = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")), format)) {
      if (parser.getHeaderNames().isEmpty()) {
        throw new CrlmException(name + " is empty. Write a header row (population, intervention, recommendation,"
            + " and optionally strength, conditions, id) and one row per recommendation.");
      }
      Map<String, String> columns = columns(parser.getHeaderNames(), name, tabs);
      // Every row's problems at once, so that the author can fix them in one pass.
      List<String> problems = new ArrayList<>();
      for (CSVRecord record : parser) {
        long row = record.getRecordNumber() + 1;
        try {
          statements.add(statement(record, columns, name, row));
        } catch (CrlmException e) {
          problems.add(e.getMessage());
        }
      }
      if (problems.size() == 1) {
        throw new CrlmException(problems.get(0));
      }
      if (!problems.isEmpty()) {
        throw new CrlmException("%d rows of %s cannot be read:%n%s".formatted(problems.size(), name,
            String.join(System.lineSeparator(), problems.stream().map(p -> "  " + p).toList())));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new CrlmException("%s is not a readable %s table: %s. Write one header row (population, intervention,"
          .formatted(name, tabs ? "TSV" : "CSV", plain(e))
          + " recommendation, and optionally strength, conditions, id) and one row per recommendation.");
    }
    if (statements.isEmpty()) {
      throw new CrlmException(name + " holds no recommendation: add rows under the header.");
    }
    return new Draft(name, statements, List.of(), List.of());
  }

  /** The parser's own words for what is wrong, without the names of the exceptions that carry them. */
  private static String plain(Exception e) {
    Throwable innermost = e;
    while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage() == null ? "malformed" : innermost.getMessage();
    return message.replaceAll("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "").strip().replaceAll("\\.+$", "");
  }

  private static Map<String, String> columns(List<String> header, String name, boolean tabs) {
    Map<String, String> byName = new TreeMap<>();
    for (String column : header) {
      String key = column.strip().toLowerCase(Locale.ROOT);
      key = ALIASES.getOrDefault(key, key);
      if (IGNORED.contains(key)) {
        continue;
      }
      if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
        throw new CrlmException(("%s, row 1: unknown column '%s'. The columns are population, intervention,"
            + " recommendation (required) and strength, conditions, id (optional); notes, source and comment columns are"
            + " read past%s.").formatted(name, column,
            tabs ? "" : "; if the file is tab-separated, name it .tsv"));
      }
      byName.put(key, column);
    }
    for (String required : REQUIRED) {
      if (!byName.containsKey(required)) {
        throw new CrlmException("%s, row 1: the column '%s' is missing. Required columns: population, intervention, recommendation."
            .formatted(name, required));
      }
    }
    return byName;
  }

  private DraftStatement statement(CSVRecord record, Map<String, String> columns, String name, long row) {
    String where = "row " + row;
    String population = cell(record, columns, "population");
    String intervention = cell(record, columns, "intervention");
    String recommendation = cell(record, columns, "recommendation");
    for (String[] required : new String[][] {{"population", population}, {"intervention", intervention}, {"recommendation", recommendation}}) {
      if (required[1].isBlank()) {
        throw new CrlmException("%s, %s, column %s: the cell is empty; every recommendation needs a %s."
            .formatted(name, where, required[0], required[0]));
      }
    }
    String strengthText = cell(record, columns, "strength").toLowerCase(Locale.ROOT);
    if (!strengthText.isEmpty() && !STRENGTHS.contains(strengthText)) {
      throw new CrlmException("%s, %s, column strength: '%s' is not a strength; write strong, moderate, weak, conditional, high, low or very low, or leave it empty."
          .formatted(name, where, strengthText));
    }
    Term strength = terms.resolve(recommendation, "%s, %s, column recommendation".formatted(name, where), TermKind.STRENGTH);
    if (strengthText.equals("strong") && Crlm.RECOMMEND.is(strength.iri())) {
      strength = terms.resolve("recommend (strong)", where, TermKind.STRENGTH);
    }
    List<Term> populationTerms = new ArrayList<>();
    List<Term> liver = new ArrayList<>();
    for (Term term : reader.population(population, "%s, %s, column population".formatted(name, where))) {
      (term.kind().equals(TermKind.LIVER_CONDITION) ? liver : populationTerms).add(term);
    }
    List<DraftStatement.Threshold> thresholds = new ArrayList<>();
    List<Term> timings = new ArrayList<>();
    List<Term> tests = new ArrayList<>();
    List<Term> other = new ArrayList<>();
    String conditions = cell(record, columns, "conditions");
    // "perioperative FOLFOX", "upfront chemoradiotherapy": the qualifier is a condition.
    java.util.regex.Matcher qualified = ConditionReader.QUALIFIED.matcher(intervention);
    if (terms.find(intervention, TermKind.INTERVENTION, TermKind.INTERVENTION_CLASS).isEmpty() && qualified.matches()) {
      conditions = conditions.isEmpty() ? qualified.group(1) : qualified.group(1) + "; " + conditions;
      intervention = qualified.group(2);
    }
    List<Term> interventions = reader.interventions(intervention, "%s, %s, column intervention".formatted(name, where));
    reader.conditions(conditions, "%s, %s, column conditions".formatted(name, where),
        thresholds, liver, timings, tests, other);
    String id = cell(record, columns, "id");
    String text = "%s %s for %s%s".formatted(recommendation, intervention, population,
        cell(record, columns, "conditions").isEmpty() ? "" : " (" + cell(record, columns, "conditions") + ")");
    return new DraftStatement(id.isEmpty() ? where : where + " (" + id + ")", text, List.copyOf(populationTerms),
        interventions, strength, List.copyOf(thresholds), List.copyOf(liver), List.copyOf(timings), List.copyOf(tests),
        List.copyOf(other));
  }

  private static String cell(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null || !record.isMapped(header) || !record.isSet(header)) {
      return "";
    }
    return record.get(header).strip();
  }
}
