package org.w3id.crlm.ingest.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ontology.Crlm;

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
      new Rule("dose", DIGIT, Pattern.compile("\\b" + NUM + "\\s*" + DOSE_UNIT + "(?![\\p{L}/])")),
      new Rule("median", "Mm", Pattern.compile("\\b[Mm]edian\\b[^.;:\\d]{0,60}?" + NUM + "\\s*" + TIME + "\\b")),
      new Rule("range", DIGIT, Pattern.compile("\\b" + NUM + "\\s*%?" + DASH + NUM + "\\s*(%|" + TIME.substring(1, TIME.length() - 1) + "|cm|mm)(?![\\p{L}])")),
      // A schedule's day or week, its unit first: "Day 1", "days 1-14", "Weeks 2-4" (a cycle's number is an ordinal).
      new Rule("schedule", "DdWw", Pattern.compile("\\b(days?|weeks?)\\s+" + NUM + "(?:" + DASH + NUM + ")?(?![\\d.,]*\\d)(?!\\s*(?:%|/))",
          Pattern.CASE_INSENSITIVE)),
      new Rule("range", "Bb", Pattern.compile("\\b[Bb]etween\\s+" + NUM + "\\s+and\\s+" + NUM + "\\s*(%|"
          + TIME.substring(1, TIME.length() - 1) + "|patients|participants|cycles)(?![\\p{L}])")),
      new Rule("count", DIGIT, Pattern.compile("\\b" + NUM + "\\s+(?:of|out of)\\s+(?:the\\s+)?" + NUM + "\\b(?!\\s*%)")),
      new Rule("count", "nN", Pattern.compile("\\b[nN]\\s*=\\s*" + NUM)),
      new Rule("percentage", DIGIT, Pattern.compile("(?<![\\d.])" + NUM + "\\s*%")),
      new Rule("duration", DIGIT, Pattern.compile("\\b" + NUM + "\\s*" + TIME + "\\b")));

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
    quantities(text, taken, claims);
    claims.sort(Comparator.comparingInt(NumericClaim::start));
    return withComparators(text, claims);
  }

  private static final Pattern NUMBER = Pattern.compile(NUM);
  private static final Pattern RANGE_TO = Pattern.compile(DASH + NUM);
  private static final Pattern VERSUS = Pattern.compile("\\s*(?:vs\\.?|versus)\\s*" + NUM);

  /**
   * Figures with a unit of the units table that the patterns above did not read: laboratory values
   * and thresholds ("1.5 mg/dL", "100,000/mcL", "2.5 x ULN"), durations and cycles in words
   * ("two-month", "six cycles"), ranges of them, and the first figure of "A vs B unit", which takes
   * the unit of the second.
   */
  private static void quantities(String text, BitSet taken, List<NumericClaim> claims) {
    Units units = Units.get();
    Matcher number = NUMBER.matcher(text);
    Matcher range = RANGE_TO.matcher(text);
    Matcher versus = VERSUS.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = isDigit(c);
      if (taken.get(i) || !(digit ? i == 0 || !isDigitOrPoint(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 1))
          : WORD_INITIALS.indexOf(c) >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1))))) {
        continue;
      }
      BigDecimal value;
      int end;
      if (digit) {
        if (!number.region(i, text.length()).lookingAt()) {
          continue;
        }
        value = number(number.group(1));
        end = number.end();
        // "a 30-day period": the unit joined to the figure by a hyphen, as words are ("two-month").
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
          Units.Found joined = units.at(text, end + 1);
          if (joined != null && joined.unit().kind().equals("duration")) {
            end++;
          }
        }
      } else {
        NumberWords.Read read = NumberWords.at(text, i);
        if (read == null) {
          continue;
        }
        value = read.value();
        end = read.end() < text.length() && text.charAt(read.end()) == '-' ? read.end() + 1 : read.end();
      }
      BigDecimal lower = null;
      BigDecimal upper = null;
      if (digit && range.region(end, text.length()).lookingAt() && units.at(text, range.end()) != null) {
        lower = value;
        upper = number(range.group(1));
        value = null;
        end = range.end();
      }
      Units.Found unit = units.at(text, end);
      int claimEnd = unit == null ? end : unit.end();
      if (unit == null && digit) {
        if (versus.region(end, text.length()).lookingAt()) {
          unit = units.at(text, versus.end());
        }
      }
      if (unit == null) {
        continue;
      }
      int next = taken.nextSetBit(i);
      if (next >= 0 && next < claimEnd) {
        continue;
      }
      String kind = lower != null ? "range" : unit.unit().kind();
      taken.set(i, claimEnd);
      claims.add(new NumericClaim(kind, i, claimEnd, value, lower, upper, null, Units.ontologyUnit(unit.unit().code()), unit.unit().code()));
      i = claimEnd - 1;
    }
  }

  /** Each figure with the comparator written before it ("=< 1.5 mg/dL", "at least 18 years") or after it ("18 years or older"). */
  private static List<NumericClaim> withComparators(String text, List<NumericClaim> claims) {
    List<NumericClaim> compared = new ArrayList<>(claims.size());
    int previousEnd = 0;
    for (NumericClaim claim : claims) {
      NumericClaim result = claim;
      if (claim.comparator() == null && !claim.kind().equals("confidence-interval") && !claim.kind().equals("hazard-ratio")) {
        Comparators.Found before = Comparators.before(text, claim.start());
        if (before != null && before.start() >= previousEnd) {
          result = claim.withComparator(before.start(), claim.end(), before.comparator());
        } else {
          Comparators.Found after = Comparators.after(text, claim.end());
          if (after != null) {
            result = claim.withComparator(claim.start(), after.start(), after.comparator());
          }
        }
      }
      compared.add(result);
      previousEnd = result.end();
    }
    return compared;
  }

  /** The letters a number written in words can start with (one ... twelve, twenty ... ninety). */
  private static final String WORD_INITIALS = "otfsenOTFSEN";

  private static boolean isDigitOrPoint(char c) {
    return isDigit(c) || c == '.' || c == ',';
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
      case "p-value" -> new NumericClaim(kind, s, e, number(m.group(2)), null, null, Comparators.sign(m.group(1)).iri(), null, null);
      case "hazard-ratio" -> new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, Crlm.RATIO.iri(), null);
      case "confidence-interval" -> new NumericClaim(kind, s, e, null, number(m.group(1)), number(m.group(2)), null, null, null);
      case "dose" -> m.groupCount() == 3
          ? withUnit(kind, s, e, number(m.group(1)).multiply(number(m.group(2))), null, null, m.group(3))
          : withUnit(kind, s, e, number(m.group(1)), null, null, m.group(2));
      case "median", "duration", "percentage" -> withUnit(kind, s, e, number(m.group(1)), null, null,
          kind.equals("percentage") ? "%" : m.group(2));
      case "range" -> withUnit(kind, s, e, null, number(m.group(1)), number(m.group(2)), m.group(3));
      case "schedule" -> m.group(3) == null
          ? withUnit("duration", s, e, number(m.group(2)), null, null, m.group(1).toLowerCase(Locale.ROOT))
          : withUnit("range", s, e, null, number(m.group(2)), number(m.group(3)), m.group(1).toLowerCase(Locale.ROOT));
      case "count" -> m.groupCount() == 2
          ? new NumericClaim(kind, s, e, number(m.group(1)), null, number(m.group(2)), null, null, null)
          : new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, null, null);
      default -> null;
    };
  }

  private static NumericClaim withUnit(String kind, int start, int end, BigDecimal value, BigDecimal lower, BigDecimal upper, String written) {
    Units.Unit unit = Units.get().of(written);
    String code = unit == null ? null : unit.code();
    return new NumericClaim(kind, start, end, value, lower, upper, null, Units.ontologyUnit(code), code);
  }

  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(",", ""));
  }


}
