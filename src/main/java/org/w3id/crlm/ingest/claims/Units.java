package org.w3id.crlm.ingest.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.figures.UnitConverter;
import org.w3id.crlm.ingest.IngestResources;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;

/**
 * The units written after numbers in clinical texts (units.tsv), each with its UCUM code, checked
 * against UCUM (the essence file of the {@code org.fhir:ucum} library) when the table is read; and
 * the clinical notations UCUM has no code for (times the upper limit of normal, cycles, per
 * high-power field) as this project's own codes, written with a leading "~".
 */
public final class Units {
  /** A unit as written, the code it stands for and the kind of figure it makes. */
  public record Unit(String written, String code, String kind) {
    /** Whether the code is UCUM's (not one of this project's own notations). */
    public boolean ucum() {
      return !code.startsWith("~");
    }
  }

  /** A unit found in a text: where it ends. */
  public record Found(Unit unit, int end) {}

  private static final Units INSTANCE = new Units();
  /** The ontology's unit individuals by UCUM code (their skos:notation). */
  private static final Map<String, CrlmTerm> ONTOLOGY_UNITS = Map.ofEntries(
      Map.entry("%", Crlm.PERCENT), Map.entry("mo", Crlm.MONTHS), Map.entry("a", Crlm.YEARS), Map.entry("wk", Crlm.WEEKS),
      Map.entry("d", Crlm.DAYS), Map.entry("Gy", Crlm.GRAY), Map.entry("mm", Crlm.MILLIMETRE), Map.entry("cm", Crlm.CENTIMETRE),
      Map.entry("mg/m2", Crlm.MILLIGRAM_PER_SQUARE_METRE), Map.entry("mg/kg", Crlm.MILLIGRAM_PER_KILOGRAM), Map.entry("mg", Crlm.MILLIGRAM));

  private final UnitConverter ucum = UnitConverter.ucum();
  /** The units by the lower case of their first character, longest first: where a unit can start, only those are tried. */
  private final Map<Character, List<Unit>> byFirst = new HashMap<>();
  private final Map<String, Unit> byWritten = new HashMap<>();

  private Units() {
    List<Unit> units = new ArrayList<>();
    String[] lines = IngestResources.text("units.tsv").split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new CrlmException("units.tsv line %d: expected written form, UCUM code and kind, tab-separated.".formatted(i + 1));
      }
      Unit unit = new Unit(f[0], f[1], f[2]);
      if (unit.ucum() && ucum.invalid(unit.code()) != null) {
        throw new CrlmException("units.tsv line %d: '%s' is not a valid UCUM code (%s); correct it or mark an own notation with ~."
            .formatted(i + 1, unit.code(), ucum.invalid(unit.code())));
      }
      units.add(unit);
      byWritten.putIfAbsent(unit.written(), unit);
    }
    units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
    for (Unit unit : units) {
      byFirst.computeIfAbsent(Character.toLowerCase(unit.written().charAt(0)), c -> new ArrayList<>()).add(unit);
    }
  }

  public static Units get() {
    return INSTANCE;
  }

  /**
   * The unit written at {@code from} after optional spaces (a no-break or thin space too), ending
   * on a word boundary; null if none. Forms with capitals or symbols must match in case
   * ("mL", "Gy"), words need not ("Months").
   */
  public Found at(String text, int from) {
    int start = from;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length()) {
      return null;
    }
    List<Unit> candidates = byFirst.get(Character.toLowerCase(text.charAt(start)));
    if (candidates == null) {
      return null;
    }
    for (Unit unit : candidates) {
      String w = unit.written();
      int end = start + w.length();
      if (end > text.length()) {
        continue;
      }
      boolean word = w.chars().allMatch(c -> Character.isLowerCase(c) || c == ' ');
      if (!text.regionMatches(word, start, w, 0, w.length())) {
        continue;
      }
      boolean boundary = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(w.charAt(w.length() - 1));
      if (boundary) {
        return new Found(unit, end);
      }
    }
    return null;
  }

  /** The unit a written form (as a gold file or a user writes it) stands for, or null. */
  public Unit of(String written) {
    Unit unit = byWritten.get(written.strip());
    if (unit == null) {
      unit = byWritten.get(written.strip().toLowerCase(Locale.ROOT));
    }
    if (unit != null) {
      return unit;
    }
    String code = written.strip();
    return !code.isEmpty() && ucum.invalid(code) == null ? new Unit(code, code, "quantity") : null;
  }

  /** The ontology's unit individual for a UCUM code, or null. */
  public static String ontologyUnit(String code) {
    CrlmTerm term = code == null ? null : ONTOLOGY_UNITS.get(code);
    return term == null ? null : term.iri();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\t';
  }
}
