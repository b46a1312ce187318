package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.staging.TnmClassification;
import org.w3id.crlm.staging.TnmParseException;
import org.w3id.crlm.staging.TnmParser;

/**
 * Finds TNM strings in text ("pT4bN2aM1b", "T3a N2", "ypT0", "N1c") and links them: a complete
 * T, N and M to the prefixed category values the staging module defines (pT4b, pN2a, pM1b, read
 * by {@link TnmParser}); a single category or an incomplete string to the unprefixed category
 * classes (T3a, N2). Text extraction writes the digit 1 as a letter l or I in places
 * ("pT4bN2aMlb"); inside a TNM string that is read as 1.
 */
final class TnmMentionFinder {
  private static final List<String> PREFIXES = List.of("yp", "yc", "p", "c", "r");
  private static final String PREFIX = "(?:yp|yc|p|c|r)?";
  private static final String T = PREFIX + "T(?:X|is|[0-4])(?:[a-d](?![a-z]))?";
  private static final String N = PREFIX + "N(?:X|[0-3lI])(?:[a-c](?![a-z]))?";
  private static final String M = PREFIX + "M(?:X|[01lI])(?:[a-c](?![a-z]))?";
  private static final Pattern TNM = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:" + T + "(?:[ ,]?" + N + ")?(?:[ ,]?" + M + ")?|" + N + "(?:[ ,]?" + M + ")?|" + M + ")"
          + "(?![\\p{L}\\p{N}-])");
  private static final Pattern CATEGORY = Pattern.compile("(?:yp|yc|p|c|r)?([TNM](?:X|is|\\d)[a-d]?)");

  private final TnmParser parser;

  TnmMentionFinder(TnmParser parser) {
    this.parser = parser;
  }

  /**
   * The warnings a TNM mention calls for: one per category in it that AJCC 8th does not define
   * (an MRI substage such as T3a), naming the value and the standard it comes from.
   */
  List<String> warnings(Mention mention) {
    List<String> warnings = new ArrayList<>();
    Matcher category = CATEGORY.matcher(mention.form());
    while (category.find()) {
      parser.warning(category.group()).ifPresent(warnings::add);
    }
    return warnings;
  }

  List<Mention> find(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher matcher = TNM.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int resume = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != 'T' && c != 'N' && c != 'M') {
        continue;
      }
      int start = prefixStart(text, i);
      if (start < resume) {
        continue;
      }
      matcher.region(start, text.length());
      if (!matcher.lookingAt()) {
        continue;
      }
      resume = matcher.end();
      i = resume - 1;
      String written = matcher.group();
      String read = written.replaceAll("(?<=[NM])[lI]", "1");
      List<String> entities = link(read);
      if (!entities.isEmpty()) {
        mentions.add(new Mention(matcher.start(), matcher.end(), Category.STAGE, entities, read.replaceAll("[ ,]", "")));
      }
    }
    return mentions;
  }

  /**
   * Where a TNM string whose category letter is at {@code letter} would start: before its prefix
   * (y, p, c, r), if that prefix opens a word. Only capital T, N and M are looked at, so the
   * pattern runs at a few places rather than at every character.
   */
  private static int prefixStart(String text, int letter) {
    for (String prefix : PREFIXES) {
      int start = letter - prefix.length();
      if (start >= 0 && text.startsWith(prefix, start) && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
        return start;
      }
    }
    return letter;
  }

  private List<String> link(String read) {
    if (read.contains("T") && read.contains("N") && read.contains("M")) {
      try {
        TnmClassification tnm = parser.parse(read);
        return List.of(tnm.tIri(), tnm.nIri(), tnm.mIri());
      } catch (TnmParseException e) {
        // Not a valid TNM string as a whole: fall back to its categories one by one.
      }
    }
    List<String> entities = new ArrayList<>();
    Matcher category = CATEGORY.matcher(read);
    while (category.find()) {
      parser.category(category.group(1)).ifPresent(found -> entities.add(found.iri()));
    }
    return entities;
  }
}
