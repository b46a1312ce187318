package org.w3id.crlm.ingest.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;

/**
 * The comparator written just before a figure: a sign ("<", "=<", "≥") or words ("at least",
 * "up to", "no more than", "greater than"), read back from where the figure starts.
 */
final class Comparators {
  /** A comparator found beside a figure: where the figure with it starts (before) or ends (after), and the ontology's comparator. */
  record Found(int start, String comparator) {}

  /** The comparators written in words, by their words in lower case with single spaces. */
  private static final Map<String, CrlmTerm> WORDS = Map.ofEntries(
      Map.entry("at least", Crlm.AT_LEAST), Map.entry("no less than", Crlm.AT_LEAST), Map.entry("not less than", Crlm.AT_LEAST),
      Map.entry("minimum", Crlm.AT_LEAST), Map.entry("minimum of", Crlm.AT_LEAST), Map.entry("greater than or equal to", Crlm.AT_LEAST),
      Map.entry("up to", Crlm.AT_MOST), Map.entry("no more than", Crlm.AT_MOST), Map.entry("not more than", Crlm.AT_MOST),
      Map.entry("not exceeding", Crlm.AT_MOST), Map.entry("maximum", Crlm.AT_MOST), Map.entry("maximum of", Crlm.AT_MOST),
      Map.entry("less than or equal to", Crlm.AT_MOST), Map.entry("less than", Crlm.LESS_THAN), Map.entry("fewer than", Crlm.LESS_THAN),
      Map.entry("below", Crlm.LESS_THAN), Map.entry("under", Crlm.LESS_THAN), Map.entry("more than", Crlm.GREATER_THAN),
      Map.entry("greater than", Crlm.GREATER_THAN), Map.entry("above", Crlm.GREATER_THAN), Map.entry("exceeding", Crlm.GREATER_THAN),
      Map.entry("in excess of", Crlm.GREATER_THAN), Map.entry("over", Crlm.GREATER_THAN),
      // Comparisons of an age or a time: "older than 18 years", "longer than 3 months", "within 4 weeks".
      Map.entry("older than", Crlm.GREATER_THAN), Map.entry("longer than", Crlm.GREATER_THAN), Map.entry("later than", Crlm.GREATER_THAN),
      Map.entry("higher than", Crlm.GREATER_THAN), Map.entry("younger than", Crlm.LESS_THAN), Map.entry("shorter than", Crlm.LESS_THAN),
      Map.entry("lower than", Crlm.LESS_THAN), Map.entry("within", Crlm.AT_MOST));
  /** Words after which "over" says how long an infusion runs ("IV over 30 minutes"), not a comparison. */
  private static final Set<String> INFUSION = Set.of("iv", "i.v.", "infused", "infusion", "given", "administered", "delivered", "injected");
  /** The longest comparator in words, in words. */
  private static final int MOST_WORDS = 5;

  private Comparators() {}

  /**
   * The comparator written just before a figure that starts at {@code start}: a sign
   * ("<", "=<", "≥") or words ("at least", "no more than"), read backwards word by word.
   */
  static Found before(String text, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return null;
    }
    char c = text.charAt(i);
    if ("<>=\u2264\u2265\u2266\u2267".indexOf(c) >= 0) {
      int from = i;
      while (from > 0 && "<>=".indexOf(text.charAt(from - 1)) >= 0 && i - from < 1) {
        from--;
      }
      return new Found(from, sign(text.substring(from, i + 1)).iri());
    }
    if (!Character.isLetter(c)) {
      return null;
    }
    // The words before the figure, last first, and where each starts.
    String[] words = new String[MOST_WORDS + 1];
    int[] starts = new int[MOST_WORDS + 1];
    int count = 0;
    while (count <= MOST_WORDS && i >= 0 && !Character.isWhitespace(text.charAt(i))) {
      int end = i + 1;
      while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      int wordStart = i + 1;
      while (wordStart < end - 1 && (text.charAt(wordStart) == '(' || text.charAt(wordStart) == '[')) {
        wordStart++;
      }
      words[count] = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
      starts[count++] = wordStart;
      while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
        i--;
      }
    }
    Found found = null;
    StringBuilder phrase = new StringBuilder();
    for (int k = 0; k < Math.min(count, MOST_WORDS); k++) {
      phrase.insert(0, k == 0 ? words[k] : words[k] + " ");
      CrlmTerm comparator = WORDS.get(phrase.toString());
      if (comparator != null && !(k == 0 && words[0].equals("over") && count > 1 && INFUSION.contains(words[1]))) {
        found = new Found(starts[k], comparator.iri());
      }
    }
    return found;
  }

  /** The ontology's comparator (studies.ttl) that a written sign stands for; "=" and anything else, equal to. */
  static CrlmTerm sign(String written) {
    return switch (written) {
      case ">=", "=>", "\u2265", "\u2267" -> Crlm.AT_LEAST;
      case "<=", "=<", "\u2264", "\u2266" -> Crlm.AT_MOST;
      case "<" -> Crlm.LESS_THAN;
      case ">" -> Crlm.GREATER_THAN;
      default -> Crlm.EQUAL_TO;
    };
  }

  private static final Pattern AFTER = Pattern.compile(
      "(?i)\\s+(?:(or\\s+(?:older|more|greater|above|higher|over|longer))|(or\\s+(?:younger|less|fewer|below|lower|under|shorter)))(?![\\p{L}])");

  /** A comparator written after a figure ("18 years or older"): where it ends, and the comparator. */
  static Found after(String text, int end) {
    Matcher m = AFTER.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    return new Found(m.end(), (m.group(1) != null ? Crlm.AT_LEAST : Crlm.AT_MOST).iri());
  }


}
