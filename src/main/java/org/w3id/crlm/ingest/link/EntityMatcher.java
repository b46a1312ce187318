package org.w3id.crlm.ingest.link;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.crlm.staging.TnmParser;

/**
 * Finds the dictionary's forms in a text: an Aho-Corasick automaton (a double-array trie) over the matching keys runs
 * on the text reduced the same way (letters and digits, lower case), so case, hyphens, spaces and
 * line breaks inside a name do not matter. A hit counts only if it starts and ends on word
 * boundaries of the original text, and, for a case-sensitive form, if its letters match in case.
 * Overlapping hits (and TNM strings found beside) are resolved longest first; a combination
 * written out is then read as its named regimen, a name hyphenated to its class ("G12C-mutant
 * KRAS") as one mention, and a protein beside a share of stained cells ("30% P53") as its
 * staining finding. A gene listed before a shared head ("KRAS/NRAS mutations") is the gene its
 * words name: the span names no mutation of its own.
 */
public final class EntityMatcher {
  private final Dictionary dictionary;
  private final AhoCorasickDoubleArrayTrie<List<DictionaryEntry>> trie = new AhoCorasickDoubleArrayTrie<>();
  private final TnmMentionFinder tnm;
  private final CombinationFinder combinations;
  private final DescriptorFinder descriptors;
  private final StainingFinder stainings;
  private final StudyDescriptionFinder studies;
  private final TrialIdentifiers trialIdentifiers;
  private final TrialNames trialNames;

  public EntityMatcher(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.tnm = new TnmMentionFinder(new TnmParser(dictionary.tnmCategories()));
    this.combinations = new CombinationFinder(dictionary);
    this.descriptors = new DescriptorFinder(dictionary);
    this.stainings = new StainingFinder(dictionary);
    this.studies = new StudyDescriptionFinder(dictionary);
    this.trialIdentifiers = new TrialIdentifiers(dictionary);
    this.trialNames = new TrialNames(dictionary);
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
    List<Mention> caseBlindGenes = new ArrayList<>();
    NormalizedText normalized = NormalizedText.of(text);
    trie.parseText(normalized.key(), (keyStart, keyEnd, entries) -> {
      int start = normalized.origin(keyStart);
      int end = normalized.origin(keyEnd - 1) + 1;
      if (onWordBoundaries(text, start, end)) {
        Mention mention = mention(text, start, end, entries);
        if (mention != null) {
          candidates.add(mention);
        } else {
          Mention gene = caseBlindGene(start, end, entries);
          if (gene != null) {
            caseBlindGenes.add(gene);
          }
        }
      }
    });
    candidates.addAll(trialNames.find(text, candidates));
    // Combinations twice: an expansion in brackets ("FOLFIRI (irinotecan, ...)") is read as a
    // regimen first, so that the combination around it ("FOLFIRI (...) and bevacizumab") can be.
    List<Mention> all = List.copyOf(candidates);
    List<Mention> mentions = combinations.merge(text, longestFirst(candidates, text.length()));
    mentions = combinations.merge(text, descriptors.merge(text, mentions));
    mentions = studies.resolve(text, document, stainings.resolve(text, genesOfStatus(text, mentions, all)));
    List<Mention> nestable = new ArrayList<>(all);
    nestable.addAll(caseBlindGenes);
    return withNested(mentions, nestable, text.length());
  }

  /** "status" after a mutation: "BRAF mutation status (wild type vs mutant)" is the gene's status, either way. */
  private static final Pattern STATUS_AFTER = Pattern.compile("\\s+status\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A mutation named as what is tested ("BRAF mutation status", "KRAS mutation status") names the
   * gene whose status it is, not the mutation: the gene at the phrase's start is the mention.
   */
  private static List<Mention> genesOfStatus(String text, List<Mention> mentions, List<Mention> candidates) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      int index = i;
      Mention variant = out.get(i);
      if (variant.category() != Category.VARIANT || !STATUS_AFTER.matcher(text).region(variant.end(), text.length()).lookingAt()) {
        continue;
      }
      candidates.stream()
          .filter(c -> c.category() == Category.GENE && c.start() == variant.start() && c.end() < variant.end())
          .max(Comparator.comparingInt(Mention::length))
          .ifPresent(gene -> out.set(index, gene));
    }
    return out;
  }

  /**
   * What a phrase holds besides itself. A drug or disease phrase names a class, and the
   * biomarker inside it is what a reader links the drug's target or the population's biomarker
   * to: "VEGF" in "anti-VEGF therapy", "KRAS" in "KRAS-mutant colorectal cancer". A variant or a
   * status names its gene ("BRAF" in "BRAF mutant"), and a disease its organ ("liver" in
   * "colorectal liver metastases"; an adjective such as "hepatic" is no mention of its own).
   */
  private static final Map<Category, Set<Category>> HOLDS = new EnumMap<>(Map.of(
      Category.DRUG, EnumSet.of(Category.GENE, Category.VARIANT, Category.BIOMARKER_STATUS),
      Category.DISEASE, EnumSet.of(Category.GENE, Category.VARIANT, Category.BIOMARKER_STATUS, Category.ANATOMY),
      Category.VARIANT, EnumSet.of(Category.GENE),
      Category.BIOMARKER_STATUS, EnumSet.of(Category.GENE)));

  /**
   * The mentions with what their phrases hold ({@link #HOLDS}) kept as mentions of their own, at
   * every depth: "KRAS" in "KRAS G12C" in "KRAS G12C inhibitor".
   */
  private static List<Mention> withNested(List<Mention> mentions, List<Mention> candidates, int length) {
    List<Mention> byStart = new ArrayList<>(candidates);
    byStart.sort(Comparator.comparingInt(Mention::start));
    Set<Mention> kept = new HashSet<>(mentions);
    List<Mention> all = new ArrayList<>(mentions);
    List<Mention> hosts = mentions.stream().filter(m -> HOLDS.containsKey(m.category())).toList();
    while (!hosts.isEmpty()) {
      List<Mention> inside = new ArrayList<>();
      for (Mention host : hosts) {
        Set<Category> held = HOLDS.get(host.category());
        for (int i = firstStartingAt(byStart, host.start()); i < byStart.size() && byStart.get(i).start() < host.end(); i++) {
          Mention candidate = byStart.get(i);
          if (candidate.end() <= host.end() && candidate.length() < host.length() && held.contains(candidate.category())
              && !kept.contains(candidate)) {
            inside.add(candidate);
          }
        }
      }
      List<Mention> nested = longestFirst(inside, length);
      kept.addAll(nested);
      all.addAll(nested);
      hosts = nested.stream().filter(m -> HOLDS.containsKey(m.category())).toList();
    }
    if (all.size() == mentions.size()) {
      return mentions;
    }
    all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
    return all;
  }

  private static int firstStartingAt(List<Mention> byStart, int start) {
    int low = 0;
    int high = byStart.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (byStart.get(mid).start() < start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * A gene symbol written in another case ("ras" for RAS, "Kras"): no mention in running text,
   * where the case of a short symbol tells it from a word, but the gene of the phrase around it
   * that holds genes ({@link #HOLDS}: "ras mutant", "Kras mutation", "anti-her2 therapy"), whose
   * own form is matched in any case.
   */
  private static Mention caseBlindGene(int start, int end, List<DictionaryEntry> entries) {
    List<String> genes = entries.stream().filter(e -> e.category() == Category.GENE).map(DictionaryEntry::entity).distinct().toList();
    return genes.isEmpty() ? null : new Mention(start, end, Category.GENE, genes, entries.get(0).form());
  }

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
