package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.HashMap;
import java.util.Map;
import org.w3id.crlm.staging.TnmParser;

/**
 * Finds the dictionary's forms in a text: an Aho-Corasick automaton (a double-array trie) over the matching keys runs
 * on the text reduced the same way (letters and digits, lower case), so case, hyphens, spaces and
 * line breaks inside a name do not matter. A hit counts only if it starts and ends on word
 * boundaries of the original text, and, for a case-sensitive form, if its letters match in case.
 * Overlapping hits (and TNM strings found beside) are resolved longest first; a combination
 * written out is then read as its named regimen, a name hyphenated to its class ("G12C-mutant
 * KRAS") as one mention, genes listed before a shared head ("KRAS/NRAS mutations") each with
 * that head, and a protein beside a share of stained cells ("30% P53") as its staining finding.
 */
public final class EntityMatcher {
  private final Dictionary dictionary;
  private final AhoCorasickDoubleArrayTrie<List<DictionaryEntry>> trie = new AhoCorasickDoubleArrayTrie<>();
  private final TnmMentionFinder tnm;
  private final CombinationFinder combinations;
  private final DescriptorFinder descriptors;
  private final EllipsisFinder ellipses;
  private final StainingFinder stainings;
  private final StudyDescriptionFinder studies;
  private final TrialIdentifiers trialIdentifiers;

  public EntityMatcher(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.tnm = new TnmMentionFinder(new TnmParser(dictionary.tnmCategories()));
    this.combinations = new CombinationFinder(dictionary);
    this.descriptors = new DescriptorFinder(dictionary);
    this.ellipses = new EllipsisFinder(dictionary);
    this.stainings = new StainingFinder(dictionary);
    this.studies = new StudyDescriptionFinder(dictionary);
    this.trialIdentifiers = new TrialIdentifiers(dictionary);
    Map<String, List<DictionaryEntry>> entries = new HashMap<>();
    dictionary.keys().forEach(key -> entries.put(key, dictionary.lookup(key)));
    trie.build(entries);
  }

  /**
   * The warnings a mention calls for: for a TNM string, one per category that AJCC 8th does not
   * define, naming the value and its standard; none for other mentions.
   */
  public List<String> warnings(Mention mention) {
    return mention.category() == Category.STAGE ? tnm.warnings(mention) : List.of();
  }

  /** The mentions of {@code text}, in document order, none overlapping another. */
  public List<Mention> mentions(String text) {
    return mentions(text, null);
  }

  /**
   * The mentions of a document's text; with the document's IRI, descriptions of the studies the
   * knowledge base says it reports ("a phase II trial of ...") are linked too.
   */
  public List<Mention> mentions(String text, String document) {
    List<Mention> candidates = new ArrayList<>(tnm.find(text));
    candidates.addAll(trialIdentifiers.find(text));
    NormalizedText normalized = NormalizedText.of(text);
    trie.parseText(normalized.key(), (keyStart, keyEnd, entries) -> {
      int start = normalized.origin(keyStart);
      int end = normalized.origin(keyEnd - 1) + 1;
      if (onWordBoundaries(text, start, end)) {
        Mention mention = mention(text, start, end, entries);
        if (mention != null) {
          candidates.add(mention);
        }
      }
    });
    // Combinations twice: an expansion in brackets ("FOLFIRI (irinotecan, ...)") is read as a
    // regimen first, so that the combination around it ("FOLFIRI (...) and bevacizumab") can be.
    List<Mention> all = List.copyOf(candidates);
    List<Mention> mentions = combinations.merge(text, longestFirst(candidates, text.length()));
    mentions = combinations.merge(text, descriptors.merge(text, mentions));
    return withNested(studies.resolve(text, document, stainings.resolve(text, ellipses.resolve(text, mentions))), all, text.length());
  }

  /**
   * The mentions with the biomarkers named inside a drug or disease phrase kept as mentions of
   * their own: "VEGF" in "anti-VEGF therapy", "KRAS" in "KRAS-mutant colorectal cancer". The
   * phrase names the class; the gene inside it is what a reader links the drug's target or the
   * population's biomarker to.
   */
  private static List<Mention> withNested(List<Mention> mentions, List<Mention> candidates, int length) {
    java.util.TreeMap<Integer, Mention> phrases = new java.util.TreeMap<>();
    for (Mention m : mentions) {
      if (m.category() == Category.DRUG || m.category() == Category.DISEASE) {
        phrases.put(m.start(), m);
      }
    }
    if (phrases.isEmpty()) {
      return mentions;
    }
    java.util.Set<Mention> kept = new java.util.HashSet<>(mentions);
    List<Mention> inside = new ArrayList<>();
    for (Mention candidate : candidates) {
      if (!NESTED.contains(candidate.category()) || kept.contains(candidate)) {
        continue;
      }
      // The phrases do not overlap one another: the one starting last at or before the candidate is the only one that can hold it.
      var phrase = phrases.floorEntry(candidate.start());
      if (phrase != null && candidate.end() <= phrase.getValue().end() && phrase.getValue().length() > candidate.length()) {
        inside.add(candidate);
      }
    }
    if (inside.isEmpty()) {
      return mentions;
    }
    List<Mention> all = new ArrayList<>(mentions);
    all.addAll(longestFirst(inside, length));
    all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
    return all;
  }

  private static final java.util.Set<Category> NESTED = java.util.EnumSet.of(Category.GENE, Category.VARIANT, Category.BIOMARKER_STATUS);

  private static Mention mention(String text, int start, int end, List<DictionaryEntry> entries) {
    if (entries.size() == 1 && !entries.get(0).caseSensitive()) {
      DictionaryEntry only = entries.get(0);
      return new Mention(start, closeBracket(text, end, only.form()), only.category(), List.of(only.entity()), only.form());
    }
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
    List<String> entities = new ArrayList<>(chosen.size());
    for (DictionaryEntry entry : chosen) {
      if (!entities.contains(entry.entity())) {
        entities.add(entry.entity());
      }
    }
    return new Mention(start, end, chosen.get(0).category(), List.copyOf(entities), chosen.get(0).form());
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
