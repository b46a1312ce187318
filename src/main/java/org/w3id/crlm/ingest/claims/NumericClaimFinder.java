package org.w3id.crlm.ingest.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;

/**
 * Finds the figures of a text: p-values, hazard ratios, confidence intervals, doses ("5 x 5 Gy",
 * "400 mg/m2"), medians with their unit, ranges, counts ("20 of 36", "n = 50"), percentages and
 * durations. The patterns run from the most specific to the least; a figure already read as part
 * of a more specific one is not read again ("95% CI" is not a percentage).
 */
public final class NumericClaimFinder {
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
  private static final String DASH = "\\s*(?:-|\\u2013|\\u2014|to)\\s*";
  private static final String TIME = "(months?|years?|weeks?|days?|mo|yrs?)";
  private static final String DOSE_UNIT = "(mg/m2|mg/m\\u00b2|mg/m<sup>2</sup>|mg/kg|mg|Gy|g/m2)";

  /**
   * A pattern and the characters a match can start with: a digit that opens a run of digits, or
   * one of {@code initials} opening a word. Each pattern is tried only where its match can start,
   * which makes the finder about as fast as one pass over the text however many rules there are.
   */
  private record Rule(String kind, String initials, Pattern pattern) {}

  private static final String DIGIT = "0123456789";

  private static final List<Rule> RULES = List.of(
      new Rule("p-value", "Pp", Pattern.compile("(?<![\\p{L}])[Pp]\\s*(?:value\\s*)?(<=|>=|[<>=\\u2264\\u2265])\\s*" + NUM)),
      new Rule("hazard-ratio", "Hh", Pattern.compile("(?:\\bHR|[Hh]azard ratio)\\s*(?:of|was|:|=|,)?\\s*" + NUM)),
      new Rule("confidence-interval", DIGIT, Pattern.compile("\\b\\d{2}(?:\\.\\d)?\\s*%\\s*(?:CI|confidence interval)\\s*[:,=]?\\s*" + NUM + DASH + NUM)),
      new Rule("dose", DIGIT, Pattern.compile("\\b" + NUM + "\\s*(?:x|\\u00d7)\\s*" + NUM + "\\s*(Gy)\\b")),
      new Rule("dose", DIGIT, Pattern.compile("\\b" + NUM + "\\s*" + DOSE_UNIT + "(?![\\p{L}])")),
      new Rule("median", "Mm", Pattern.compile("\\b[Mm]edian\\b[^.;:\\d]{0,60}?" + NUM + "\\s*" + TIME + "\\b")),
      new Rule("range", DIGIT, Pattern.compile("\\b" + NUM + "\\s*%?" + DASH + NUM + "\\s*(%|" + TIME.substring(1, TIME.length() - 1) + "|cm|mm)(?![\\p{L}])")),
      new Rule("count", DIGIT, Pattern.compile("\\b" + NUM + "\\s+(?:of|out of)\\s+(?:the\\s+)?" + NUM + "\\b(?!\\s*%)")),
      new Rule("count", "nN", Pattern.compile("\\b[nN]\\s*=\\s*" + NUM)),
      new Rule("percentage", DIGIT, Pattern.compile("(?<![\\d.])" + NUM + "\\s*%")),
      new Rule("duration", DIGIT, Pattern.compile("\\b" + NUM + "\\s*" + TIME + "\\b")));

  private static final Map<String, CrlmTerm> UNITS = Map.ofEntries(
      Map.entry("%", Crlm.PERCENT), Map.entry("month", Crlm.MONTHS), Map.entry("months", Crlm.MONTHS), Map.entry("mo", Crlm.MONTHS),
      Map.entry("year", Crlm.YEARS), Map.entry("years", Crlm.YEARS), Map.entry("yr", Crlm.YEARS), Map.entry("yrs", Crlm.YEARS),
      Map.entry("week", Crlm.WEEKS), Map.entry("weeks", Crlm.WEEKS), Map.entry("day", Crlm.DAYS), Map.entry("days", Crlm.DAYS),
      Map.entry("gy", Crlm.GRAY), Map.entry("mm", Crlm.MILLIMETRE), Map.entry("cm", Crlm.CENTIMETRE),
      Map.entry("mg/m2", Crlm.MILLIGRAM_PER_SQUARE_METRE), Map.entry("mg/m\u00b2", Crlm.MILLIGRAM_PER_SQUARE_METRE),
      Map.entry("mg/m<sup>2</sup>", Crlm.MILLIGRAM_PER_SQUARE_METRE), Map.entry("mg/kg", Crlm.MILLIGRAM_PER_KILOGRAM),
      Map.entry("mg", Crlm.MILLIGRAM));

  /** The figures of {@code text}, in document order, none inside another. */
  public List<NumericClaim> find(String text) {
    BitSet taken = new BitSet(text.length());
    List<NumericClaim> claims = new ArrayList<>();
    int[][] starts = starts(text);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int resume = 0;
      for (int start : starts[INITIAL_SETS.indexOf(rule.initials())]) {
        if (start < resume) {
          continue;
        }
        m.region(start, text.length());
        if (!m.lookingAt()) {
          continue;
        }
        resume = m.end();
        int next = taken.nextSetBit(m.start());
        if (next >= 0 && next < m.end()) {
          continue;
        }
        NumericClaim claim = claim(rule.kind(), m);
        if (claim != null) {
          taken.set(m.start(), m.end());
          claims.add(claim);
        }
      }
    }
    claims.sort(Comparator.comparingInt(NumericClaim::start));
    return claims;
  }

  /** The distinct sets of initials, and for each ASCII character the index of its set, or -1. */
  private static final List<String> INITIAL_SETS = RULES.stream().map(Rule::initials).distinct().toList();
  private static final int[] SET_OF = new int[128];

  static {
    Arrays.fill(SET_OF, -1);
    for (int set = 0; set < INITIAL_SETS.size(); set++) {
      for (char c : INITIAL_SETS.get(set).toCharArray()) {
        SET_OF[c] = set;
      }
    }
  }

  /**
   * Where matches can start, by set of initials, in one pass over the text: the first digit of
   * each run of digits, or a letter of the set that opens a word. Every pattern checks its own
   * left context as well.
   */
  private static int[][] starts(String text) {
    int[][] starts = new int[INITIAL_SETS.size()][16];
    int[] counts = new int[INITIAL_SETS.size()];
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int set = c < 128 ? SET_OF[c] : -1;
      if (set >= 0 && (isDigit(c) ? !isDigit(previous) : !Character.isLetter(previous))) {
        if (counts[set] == starts[set].length) {
          starts[set] = Arrays.copyOf(starts[set], counts[set] * 2);
        }
        starts[set][counts[set]++] = i;
      }
      previous = c;
    }
    for (int set = 0; set < starts.length; set++) {
      starts[set] = Arrays.copyOf(starts[set], counts[set]);
    }
    return starts;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static NumericClaim claim(String kind, Matcher m) {
    int s = m.start();
    int e = m.end();
    return switch (kind) {
      case "p-value" -> new NumericClaim(kind, s, e, number(m.group(2)), null, null, comparator(m.group(1)), null);
      case "hazard-ratio" -> new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, Crlm.RATIO.iri());
      case "confidence-interval" -> new NumericClaim(kind, s, e, null, number(m.group(1)), number(m.group(2)), null, null);
      case "dose" -> m.groupCount() == 3
          ? new NumericClaim(kind, s, e, number(m.group(1)).multiply(number(m.group(2))), null, null, null, unit(m.group(3)))
          : new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, unit(m.group(2)));
      case "median", "duration", "percentage" -> new NumericClaim(kind, s, e, number(m.group(1)), null, null, null,
          unit(kind.equals("percentage") ? "%" : m.group(2)));
      case "range" -> new NumericClaim(kind, s, e, null, number(m.group(1)), number(m.group(2)), null, unit(m.group(3)));
      case "count" -> m.groupCount() == 2
          ? new NumericClaim(kind, s, e, number(m.group(1)), null, number(m.group(2)), null, null)
          : new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, null);
      default -> null;
    };
  }

  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(",", ""));
  }

  private static String unit(String text) {
    CrlmTerm unit = UNITS.get(text.toLowerCase(Locale.ROOT));
    return unit == null ? null : unit.iri();
  }

  /** The ontology's comparator (studies.ttl) that a written sign stands for. */
  private static String comparator(String symbol) {
    CrlmTerm comparator = switch (symbol) {
      case "<" -> Crlm.LESS_THAN;
      case ">" -> Crlm.GREATER_THAN;
      case "<=", "\u2264" -> Crlm.AT_MOST;
      case ">=", "\u2265" -> Crlm.AT_LEAST;
      default -> Crlm.EQUAL_TO;
    };
    return comparator.iri();
  }
}
