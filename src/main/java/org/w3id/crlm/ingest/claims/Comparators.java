package org.w3id.crlm.ingest.claims;

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

  private static final Pattern BEFORE = Pattern.compile(
      "(?i)(?:(?<![\\p{L}])(at\\s+least|no\\s+less\\s+than|not\\s+less\\s+than|minimum(?:\\s+of)?|greater\\s+than\\s+or\\s+equal\\s+to"
          + "|up\\s+to|no\\s+more\\s+than|not\\s+more\\s+than|not\\s+exceeding|maximum(?:\\s+of)?|less\\s+than\\s+or\\s+equal\\s+to"
          + "|less\\s+than|fewer\\s+than|below|under|more\\s+than|greater\\s+than|above|exceeding|in\\s+excess\\s+of"
          // "over" is a comparator ("over 60 years") but not where it says how long an infusion runs ("IV over 30 minutes").
          + "|(?<!(?:IV|i\\.v\\.|infused|infusion|given|administered|delivered|injected)\\s{1,3})over)\\s+"
          + "|(<=|=<|>=|=>|\\u2264|\\u2265|\\u2266|\\u2267|<|>)\\s*)$");
  /** How far back a comparator is looked for. */
  private static final int WINDOW = 40;

  private Comparators() {}

  static Found before(String text, int start) {
    int from = Math.max(0, start - WINDOW);
    Matcher m = BEFORE.matcher(text).region(from, start).useTransparentBounds(true).useAnchoringBounds(true);
    if (!m.find()) {
      return null;
    }
    String written = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    return new Found(m.start(), of(written).iri());
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

  private static CrlmTerm of(String written) {
    return switch (written) {
      case "at least", "no less than", "not less than", "minimum", "minimum of", "greater than or equal to", ">=", "=>", "\u2265", "\u2267" ->
          Crlm.AT_LEAST;
      case "up to", "no more than", "not more than", "not exceeding", "maximum", "maximum of", "less than or equal to", "<=", "=<",
          "\u2264", "\u2266" -> Crlm.AT_MOST;
      case "less than", "fewer than", "below", "under", "<" -> Crlm.LESS_THAN;
      default -> Crlm.GREATER_THAN;
    };
  }
}
