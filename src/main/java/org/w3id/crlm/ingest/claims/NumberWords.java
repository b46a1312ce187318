package org.w3id.crlm.ingest.claims;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written as words ("two", "twenty-four", "a hundred") and simple fractions ("one-third",
 * "two thirds", "half"), read where a figure can start.
 */
final class NumberWords {
  /** A number read from words: its value and where the words end. */
  record Read(BigDecimal value, int end) {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final java.util.Set<String> STEMS = Set.of("on", "tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te", "el", "fe");
  private static final Pattern WORDS = Pattern.compile(
      "(?i)(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:-(one|two|three|four|five|six|seven|eight|nine))?"
          + "(?:[\\s-](half|halves|thirds?|quarters?|fourths?|fifths?))?(?![\\p{L}])");

  private NumberWords() {}

  /** The number written in words at {@code start}, or null. */
  static Read at(String text, int start) {
    if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      return null;
    }
    // Most words are not numbers: their first two letters, then the word, are looked up before any pattern runs.
    if (start + 3 > text.length() || !STEMS.contains(Character.toLowerCase(text.charAt(start)) + "" + Character.toLowerCase(text.charAt(start + 1)))) {
      return null;
    }
    int end = start;
    while (end < text.length() && end - start < 10 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (!UNITS.containsKey(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    Matcher m = WORDS.matcher(text).region(start, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    int value = UNITS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
    if (m.group(2) != null) {
      value += UNITS.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
    }
    BigDecimal number = BigDecimal.valueOf(value);
    if (m.group(3) != null) {
      String part = m.group(3).toLowerCase(java.util.Locale.ROOT);
      int denominator = part.startsWith("hal") ? 2 : part.startsWith("third") ? 3 : part.startsWith("quarter") || part.startsWith("fourth") ? 4 : 5;
      number = number.divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return new Read(number, m.end());
  }
}
