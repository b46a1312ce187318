package org.w3id.crlm.ingest.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private record Rule(String kind, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule("p-value", Pattern.compile("(?<![\\p{L}])[Pp]\\s*(?:value\\s*)?(<=|>=|[<>=\\u2264\\u2265])\\s*" + NUM)),
      new Rule("hazard-ratio", Pattern.compile("(?:\\bHR|[Hh]azard ratio)\\s*(?:of|was|:|=|,)?\\s*" + NUM)),
      new Rule("confidence-interval", Pattern.compile("\\b\\d{2}(?:\\.\\d)?\\s*%\\s*(?:CI|confidence interval)\\s*[:,=]?\\s*" + NUM + DASH + NUM)),
      new Rule("dose", Pattern.compile("\\b" + NUM + "\\s*(?:x|\\u00d7)\\s*" + NUM + "\\s*(Gy)\\b")),
      new Rule("dose", Pattern.compile("\\b" + NUM + "\\s*" + DOSE_UNIT + "(?![\\p{L}])")),
      new Rule("median", Pattern.compile("\\b[Mm]edian\\b[^.;:\\d]{0,60}?" + NUM + "\\s*" + TIME + "\\b")),
      new Rule("range", Pattern.compile("\\b" + NUM + "\\s*%?" + DASH + NUM + "\\s*(%|" + TIME.substring(1, TIME.length() - 1) + "|cm|mm)(?![\\p{L}])")),
      new Rule("count", Pattern.compile("\\b" + NUM + "\\s+(?:of|out of)\\s+(?:the\\s+)?" + NUM + "\\b(?!\\s*%)")),
      new Rule("count", Pattern.compile("\\b[nN]\\s*=\\s*" + NUM)),
      new Rule("percentage", Pattern.compile("(?<![\\d.])" + NUM + "\\s*%")),
      new Rule("duration", Pattern.compile("\\b" + NUM + "\\s*" + TIME + "\\b")));

  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("%", "Percent"), Map.entry("month", "Months"), Map.entry("months", "Months"), Map.entry("mo", "Months"),
      Map.entry("year", "Years"), Map.entry("years", "Years"), Map.entry("yr", "Years"), Map.entry("yrs", "Years"),
      Map.entry("week", "Weeks"), Map.entry("weeks", "Weeks"), Map.entry("day", "Days"), Map.entry("days", "Days"),
      Map.entry("gy", "Gray"), Map.entry("mm", "Millimetre"), Map.entry("cm", "Centimetre"),
      Map.entry("mg/m2", "MilligramPerSquareMetre"), Map.entry("mg/m\u00b2", "MilligramPerSquareMetre"),
      Map.entry("mg/m<sup>2</sup>", "MilligramPerSquareMetre"), Map.entry("mg/kg", "MilligramPerKilogram"),
      Map.entry("mg", "MilligramAbsolute"));

  /** The figures of {@code text}, in document order, none inside another. */
  public List<NumericClaim> find(String text) {
    BitSet taken = new BitSet(text.length());
    List<NumericClaim> claims = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
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

  private static NumericClaim claim(String kind, Matcher m) {
    int s = m.start();
    int e = m.end();
    return switch (kind) {
      case "p-value" -> new NumericClaim(kind, s, e, number(m.group(2)), null, null, comparator(m.group(1)), null);
      case "hazard-ratio" -> new NumericClaim(kind, s, e, number(m.group(1)), null, null, null, Crlm.NS + "Ratio");
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
    String local = UNITS.get(text.toLowerCase(Locale.ROOT));
    return local == null ? null : Crlm.NS + local;
  }

  private static String comparator(String symbol) {
    return switch (symbol) {
      case "\u2264" -> "<=";
      case "\u2265" -> ">=";
      default -> symbol;
    };
  }
}
