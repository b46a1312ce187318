package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds the dictionary's forms in a text: an Aho-Corasick automaton over the matching keys runs
 * on the text reduced the same way (letters and digits, lower case), so case, hyphens, spaces and
 * line breaks inside a name do not matter. A hit counts only if it starts and ends on word
 * boundaries of the original text, and, for a case-sensitive form, if its letters match in case.
 * Overlapping hits (and TNM strings found beside) are resolved longest first; a combination
 * written out is then read as its named regimen.
 */
public final class EntityMatcher {
  private final Dictionary dictionary;
  private final Trie trie;
  private final TnmMentionFinder tnm = new TnmMentionFinder();
  private final CombinationFinder combinations;

  public EntityMatcher(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.combinations = new CombinationFinder(dictionary);
    this.trie = Trie.builder().addKeywords(dictionary.keys()).build();
  }

  /** The mentions of {@code text}, in document order, none overlapping another. */
  public List<Mention> mentions(String text) {
    List<Mention> candidates = new ArrayList<>(tnm.find(text));
    NormalizedText normalized = NormalizedText.of(text);
    for (Emit emit : trie.parseText(normalized.key())) {
      int start = normalized.origin(emit.getStart());
      int end = normalized.origin(emit.getEnd()) + 1;
      if (!onWordBoundaries(text, start, end)) {
        continue;
      }
      Mention mention = mention(text, start, end, dictionary.lookup(emit.getKeyword()));
      if (mention != null) {
        candidates.add(mention);
      }
    }
    return combinations.merge(text, longestFirst(candidates, text.length()));
  }

  private static Mention mention(String text, int start, int end, List<DictionaryEntry> entries) {
    String caseKey = null;
    List<DictionaryEntry> matching = new ArrayList<>();
    List<DictionaryEntry> caseMatching = new ArrayList<>();
    for (DictionaryEntry entry : entries) {
      if (!entry.caseSensitive()) {
        matching.add(entry);
        continue;
      }
      if (caseKey == null) {
        caseKey = Normalizer.caseKey(text.subSequence(start, end));
      }
      if (caseKey.equals(Normalizer.caseKey(entry.form()))) {
        caseMatching.add(entry);
      }
    }
    // A form matched in its exact case (an acronym) is more specific than a case-blind one.
    List<DictionaryEntry> chosen = caseMatching.isEmpty() ? matching : caseMatching;
    if (chosen.isEmpty()) {
      return null;
    }
    end = closeBracket(text, end, chosen.get(0).form());
    return new Mention(start, end, chosen.get(0).category(),
        chosen.stream().map(DictionaryEntry::entity).distinct().toList(), chosen.get(0).form());
  }

  /** A form that ends in a bracket ("CK (+)") takes the text's closing bracket into the mention. */
  private static int closeBracket(String text, int end, String form) {
    if (form.endsWith(")") && end < text.length() && text.charAt(end) == ')') {
      return end + 1;
    }
    return end;
  }

  private static boolean onWordBoundaries(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static List<Mention> longestFirst(List<Mention> candidates, int length) {
    candidates.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
    BitSet taken = new BitSet(length);
    List<Mention> kept = new ArrayList<>();
    for (Mention mention : candidates) {
      int next = taken.nextSetBit(mention.start());
      if (next < 0 || next >= mention.end()) {
        taken.set(mention.start(), mention.end());
        kept.add(mention);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }
}
