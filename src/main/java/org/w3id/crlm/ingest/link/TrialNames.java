package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trials named by their acronym in running text ("the RECOURSE trial", "the CAIRO5 study", "the
 * phase III TRIBE-2 trial"), for trials the knowledge base does not know by that name: the
 * acronym is the mention, linked to a trial entity named after it ({@code crlm:trial/RECOURSE}),
 * which the document's annotations then declare. An acronym that the dictionary already reads as
 * something else (a regimen, a gene, a procedure: "the FOLFOX trial", "the HAI study") or that
 * names a kind of study or a disease ("RCT", "mCRC") is not a trial's name.
 */
final class TrialNames {
  /** An upper-case acronym, digits and hyphenated parts allowed, then "trial" or "study", an optional phase between. */
  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{L}\\d-])(\\p{Lu}[\\p{Lu}\\d]*(?:-[\\p{Lu}\\d]+)*)\\s+(?:\\(?phase\\s+(?:[IV]+|[1-4])(?:/(?:[IV]+|[1-4]))?\\)?\\s+)?(?:trial|study)\\b");
  private static final Set<String> NOT_NAMES = Set.of("RCT", "CRC", "MCRC", "CRLM", "NCT", "II", "III", "IV", "US", "UK", "EU");

  private final Dictionary dictionary;

  TrialNames(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The named trials of {@code text}: each acronym written before "trial" or "study", and then
   * every other place the document writes it, where it names the same trial ("HERACLES is an
   * open-label study", "the HERACLES criteria"). {@code found} are the dictionary's hits, which a
   * name must not overlap.
   */
  List<Mention> find(String text, List<Mention> found) {
    Set<String> named = new LinkedHashSet<>();
    Matcher m = NAMED.matcher(text).useTransparentBounds(true);
    // The pattern runs only just before each "trial" or "study", which few sentences hold.
    for (int at = nextHead(text, 0); at >= 0; at = nextHead(text, at + 1)) {
      m.region(Math.max(0, at - LOOK_BACK), Math.min(text.length(), at + HEAD_LENGTH));
      while (m.find()) {
        if (isName(m.group(1))) {
          named.add(m.group(1));
        }
      }
    }
    List<Mention> names = new ArrayList<>();
    for (String name : named) {
      Matcher at = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(name) + "(?![\\p{L}\\d]|-[\\p{L}\\d])").matcher(text);
      while (at.find()) {
        int start = at.start();
        int end = at.end();
        if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
          names.add(new Mention(start, end, Category.TRIAL, List.of(TrialIdentifiers.TRIALS + name), name));
        }
      }
    }
    return names;
  }

  /** How far before "trial" or "study" a name with its phase can start, and the length of the longer head word. */
  private static final int LOOK_BACK = 48;
  private static final int HEAD_LENGTH = 5;

  /** Where the next "trial" or "study" (any case) starts at or after {@code from}, or -1. */
  private static int nextHead(String text, int from) {
    for (int i = from; i + HEAD_LENGTH <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 't' || c == 'T') && text.regionMatches(true, i, "trial", 0, 5)
          || (c == 's' || c == 'S') && text.regionMatches(true, i, "study", 0, 5)) {
        return i;
      }
    }
    return -1;
  }

  /** Three capitals ("RECOURSE"), or two with a digit ("FC-7"); not a word the dictionary reads otherwise. */
  private boolean isName(String name) {
    long capitals = name.chars().filter(Character::isUpperCase).count();
    boolean digit = name.chars().anyMatch(Character::isDigit);
    return (capitals >= 3 || capitals == 2 && digit) && !NOT_NAMES.contains(name) && dictionary.lookup(Normalizer.key(name)).isEmpty();
  }
}
