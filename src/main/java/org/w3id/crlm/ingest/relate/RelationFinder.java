package org.w3id.crlm.ingest.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.claims.NumericClaim;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.link.TrialIdentifiers;
import org.w3id.crlm.ingest.text.Span;

/**
 * Suggests the relations a reader takes from a sentence, by patterns over its mentions and its
 * words as OpenNLP tags them: a trial and what it gives or enrols, a drug and its target, what
 * it treats and what it causes, a procedure and its site, a regimen and its components, and a
 * trial's eligibility criteria. Each suggestion keeps its sentence, the pattern's name and a
 * confidence set by hand from how specific the pattern is; a curator reviews it before it becomes
 * a fact.
 */
public final class RelationFinder {
  private static final Set<Category> THERAPY = EnumSet.of(Category.DRUG, Category.REGIMEN);
  private static final Set<Category> INTERVENTION = EnumSet.of(Category.DRUG, Category.REGIMEN, Category.PROCEDURE);
  private static final Set<Category> TARGET = EnumSet.of(Category.GENE, Category.VARIANT);
  /** Verbs and phrases that say a drug acts on a molecule. */
  private static final Pattern TARGETS = Pattern.compile(
      "(?i)\\b(target\\w*|inhibit\\w*|block\\w*|bind\\w*|antagoni\\w*|neutrali\\w*|directed\\s+against|antibody\\s+(?:against|to)|inhibitor\\s+of)\\b");
  /** Words that say a therapy treats a condition. */
  private static final Pattern TREATS = Pattern.compile(
      "(?i)\\b(approved|indicated|licensed|used|treat\\w*|therapy\\s+(?:for|of)|treatment\\s+(?:for|of)|for\\s+(?:patients|people|adults)\\s+with|in\\s+patients\\s+with|for)\\b");
  /** Words that say a drug causes a harm. */
  private static final Pattern HARMS = Pattern.compile(
      "(?i)\\b(side[\\s-]effects?|adverse|toxicit\\w*|caus\\w*|induc\\w*|associated\\s+with|risk\\s+of|include[sd]?|common|serious|develop\\w*|experienc\\w*)\\b");
  /** Words that say what a trial does with an intervention or whom it enrols. */
  private static final Pattern TRIAL_WORDS = Pattern.compile(
      "(?i)\\b(this\\s+(?:study|trial)|the\\s+(?:study|trial)|phase|randomi[sz]\\w*|arm|evaluat\\w*|compar\\w*|assess\\w*|receiv\\w*|assign\\w*|investigat\\w*|enrol\\w*|patients\\s+with|participants|study\\s+(?:of|drug)|trial\\s+of|purpose|aim)\\b");
  /** A heading or sentence that opens the eligibility criteria of a registry record. */
  private static final Pattern CRITERIA = Pattern.compile("(?i)\\b(eligibility|inclusion|exclusion)\\s+criteria\\b");
  /** Words that state whom a trial takes, outside a criteria section ("patients with ... who have failed ..."). */
  private static final Pattern WHO_ENROLS = Pattern.compile(
      "(?i)\\b((?:patients|participants|subjects|adults|people)\\s+(?:with|who|whose|aged)|eligible|must\\s+(?:have|be)|previously\\s+treated"
          + "|refractory|(?:who|that)\\s+(?:have|had)\\s+(?:failed|progressed|received|undergone)|without\\s+(?:known\\s+)?(?:evidence|extrahepatic)|aged\\s+\\d)");
  private static final Pattern SECTION_END = Pattern.compile("(?i)^\\s*(outcome|arm|intervention|contact|location|sponsor|design|description|summary)s?\\b");

  /** How far apart (characters) a drug and its target may be named for the targeting pattern. */
  private static final int NEAR = 100;

  private final Tagger tagger = new Tagger();
  private final Dictionary dictionary;

  public RelationFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Reads the tagger's models now (they are otherwise read when the first sentence is tagged). */
  public static void prepare() {
    Tagger.prepare();
  }

  /** The relations the sentences state, in document order. */
  public List<Relation> find(String text, List<Span> sentences, List<Mention> mentions, List<NumericClaim> claims) {
    List<Relation> relations = new ArrayList<>();
    Mention soleTrial = soleTrial(mentions);
    boolean inCriteria = false;
    int next = 0;
    Span title = sentences.isEmpty() ? null : sentences.get(0);
    for (Span sentence : sentences) {
      List<Mention> here = new ArrayList<>();
      while (next < mentions.size() && mentions.get(next).start() < sentence.start()) {
        next++;
      }
      for (int i = next; i < mentions.size() && mentions.get(i).start() < sentence.end(); i++) {
        here.add(mentions.get(i));
      }
      boolean criteriaHeading = contains(text, sentence, "riteri") && CRITERIA.matcher(text).region(sentence.start(), sentence.end()).find();
      if (criteriaHeading) {
        inCriteria = true;
      } else if (inCriteria && SECTION_END.matcher(text).region(sentence.start(), sentence.end()).find()) {
        inCriteria = false;
      }
      regimenComponents(here, sentence, relations);
      drugTargets(text, here, sentence, relations);
      pairs(text, here, sentence, THERAPY, EnumSet.of(Category.DISEASE), TREATS, "drug-indication", "therapy-treats-condition", 0.7, relations);
      pairs(text, here, sentence, EnumSet.of(Category.DRUG), EnumSet.of(Category.ADVERSE_EVENT), HARMS, "drug-adverse-effect",
          "drug-causes-event", 0.6, relations);
      trials(text, here, sentence, soleTrial, sentence == title, relations);
      procedureSites(text, here, sentence, relations);
      if (soleTrial != null && criteriaHeading) {
        // "Inclusion criteria: age over 18, ...": the criteria run on after the heading's colon.
        var heading = CRITERIA.matcher(text).region(sentence.start(), sentence.end());
        if (heading.find() && heading.end() + 1 < sentence.end() && text.charAt(heading.end()) == ':') {
          Span rest = new Span(heading.end() + 1, sentence.end());
          eligibility(text, here.stream().filter(m -> m.start() >= rest.start()).toList(), claims, rest, sentence, soleTrial, true, relations);
        }
      } else if (soleTrial != null && (inCriteria || WHO_ENROLS.matcher(text).region(sentence.start(), sentence.end()).find())) {
        eligibility(text, here, claims, sentence, sentence, soleTrial, inCriteria, relations);
      }
    }
    return relations;
  }

  /** Where one criterion of a list ends and the next begins: a semicolon, a line break, or a comma before a new item. */
  private static final Pattern CRITERION_BREAK = Pattern.compile("\\s*(?:;|\\n|,(?=\\s*\\p{L}))\\s*");

  /**
   * The criteria a sentence of a registry record states, one relation each: a list run together
   * into one sentence ("age over 18, ANC >= 1,500/mm3, bilirubin <= 1.5 x ULN") states as many
   * criteria as it has items with a mention or a figure, and an item of several figures one per
   * figure. The object is the item's first mention, or the one before the figure.
   */
  private static void eligibility(String text, List<Mention> here, List<NumericClaim> claims, Span part, Span sentence, Mention trial,
      boolean inCriteria, List<Relation> out) {
    String pattern = inCriteria ? "criterion-in-eligibility-section" : "whom-the-trial-takes";
    double confidence = inCriteria ? 0.8 : 0.5;
    if (!inCriteria) {
      out.add(new Relation("eligibility", trial, here.stream().filter(m -> m != trial).findFirst().orElse(null), sentence, pattern, confidence));
      return;
    }
    List<NumericClaim> figures = claims.stream().filter(c -> c.start() >= part.start() && c.end() <= part.end()).toList();
    var breaks = CRITERION_BREAK.matcher(text).region(part.start(), part.end());
    int itemStart = part.start();
    while (itemStart < part.end()) {
      int itemEnd = breaks.find() ? breaks.start() : part.end();
      int from = itemStart;
      int to = itemEnd;
      List<Mention> inItem = here.stream().filter(m -> m != trial && m.start() >= from && m.end() <= to).toList();
      List<NumericClaim> thresholds = figures.stream().filter(c -> c.start() >= from && c.end() <= to).toList();
      if (thresholds.size() > 1) {
        // Laboratory thresholds run together ("ANC 1,500/mm3 Plt 100,000/mm3 Hb 9 g/dL"): a criterion each,
        // with the mention just before its figure, if any.
        for (NumericClaim threshold : thresholds) {
          Mention before = inItem.stream().filter(m -> m.end() <= threshold.start()).reduce((a, b) -> b).orElse(null);
          out.add(new Relation("eligibility", trial, before, sentence, "threshold-in-eligibility-section", confidence));
        }
      } else if (!inItem.isEmpty() || hasDigit(text, itemStart, itemEnd)) {
        out.add(new Relation("eligibility", trial, inItem.isEmpty() ? null : inItem.get(0), sentence, pattern, confidence));
      }
      itemStart = itemEnd >= part.end() ? part.end() : breaks.end();
    }
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence holds {@code part} (a cheap test before a pattern runs). */
  private static boolean contains(String text, Span sentence, String part) {
    for (int i = sentence.start(); i + part.length() <= sentence.end(); i++) {
      if (text.startsWith(part, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trial a document is about: the one it names by registry identifier, if it names exactly
   * one (a registry record, which may also name its trial by acronym), else the one trial it names.
   */
  private static Mention soleTrial(List<Mention> mentions) {
    List<Mention> registered = mentions.stream()
        .filter(m -> m.category() == Category.TRIAL && TrialIdentifiers.isIdentifier(m.form())).toList();
    if (registered.stream().map(m -> m.entities().get(0)).distinct().count() == 1) {
      return registered.get(0);
    }
    List<Mention> trials = mentions.stream().filter(m -> m.category() == Category.TRIAL).toList();
    return trials.stream().map(m -> m.entities().get(0)).distinct().count() == 1 ? trials.get(0) : null;
  }

  /** A regimen and a drug the ontology says it contains, in one sentence. */
  private void regimenComponents(List<Mention> here, Span sentence, List<Relation> out) {
    for (Mention regimen : here) {
      if (regimen.category() != Category.REGIMEN) {
        continue;
      }
      Set<String> agents = dictionary.agentsOf(regimen.entities().get(0));
      for (Mention drug : here) {
        if (drug.category() == Category.DRUG && agents.contains(drug.entities().get(0))) {
          out.add(new Relation("regimen-component", regimen, drug, sentence, "regimen-and-its-agent", 0.9));
        }
      }
    }
  }

  /**
   * A drug and a gene or variant with a targeting word between them, in either order, or a gene
   * inside the drug's name ("anti-VEGF").
   */
  private void drugTargets(String text, List<Mention> here, Span sentence, List<Relation> out) {
    for (Mention drug : here) {
      if (drug.category() != Category.DRUG) {
        continue;
      }
      for (Mention target : here) {
        if (!TARGET.contains(target.category())) {
          continue;
        }
        if (target.start() >= drug.start() && target.end() <= drug.end()) {
          out.add(new Relation("drug-target", drug, target, sentence, "target-named-in-drug", 0.9));
        } else if (target.start() >= drug.end() && target.start() - drug.end() <= NEAR
            && TARGETS.matcher(text).region(drug.end(), target.start()).find()
            && tokensBetween(tagger.tag(text, drug.end(), target.start())) <= 12) {
          out.add(new Relation("drug-target", drug, target, sentence, "drug-targeting-word-target", 0.8));
        } else if (target.end() <= drug.start() && drug.start() - target.end() <= NEAR / 2
            && here.stream().noneMatch(m -> THERAPY.contains(m.category()) && m.start() >= target.end() && m.end() <= drug.start())
            && TARGETS.matcher(text).region(target.end(), drug.start()).find()
            && tokensBetween(tagger.tag(text, target.end(), drug.start())) <= 6) {
          // "the dual EGFR/HER2 inhibitor lapatinib", "PD-1 blockade with pembrolizumab": the class named before its member.
          out.add(new Relation("drug-target", drug, target, sentence, "target-targeting-word-drug", 0.7));
        }
      }
    }
  }

  /** A subject before an object of the given kinds with one of the pattern's words between or around them. */
  private static void pairs(String text, List<Mention> here, Span sentence, Set<Category> subjects, Set<Category> objects, Pattern words,
      String kind, String name, double confidence, List<Relation> out) {
    List<Mention> from = here.stream().filter(m -> subjects.contains(m.category())).toList();
    List<Mention> to = here.stream().filter(m -> objects.contains(m.category())).toList();
    if (from.isEmpty() || to.isEmpty() || !words.matcher(text).region(sentence.start(), sentence.end()).find()) {
      return;
    }
    for (Mention subject : from) {
      for (Mention object : to) {
        if (object != subject) {
          out.add(new Relation(kind, subject, object, sentence, name, confidence));
        }
      }
    }
  }

  /**
   * A trial and the interventions and conditions of its sentence; in a document about one trial
   * (a registry record), its title and the sentences with a trial word relate that trial too.
   */
  private static void trials(String text, List<Mention> here, Span sentence, Mention soleTrial, boolean title, List<Relation> out) {
    if (here.stream().noneMatch(m -> INTERVENTION.contains(m.category()) || m.category() == Category.DISEASE)) {
      return;
    }
    List<Mention> trials = here.stream().filter(m -> m.category() == Category.TRIAL).toList();
    List<Mention> subjects = !trials.isEmpty() ? trials
        : soleTrial != null && (title || TRIAL_WORDS.matcher(text).region(sentence.start(), sentence.end()).find()) ? List.of(soleTrial) : List.of();
    for (Mention trial : subjects) {
      for (Mention other : here) {
        if (INTERVENTION.contains(other.category())) {
          out.add(new Relation("trial-intervention", trial, other, sentence, "trial-and-intervention", trials.isEmpty() ? 0.6 : 0.75));
        } else if (other.category() == Category.DISEASE) {
          out.add(new Relation("trial-condition", trial, other, sentence, "trial-and-condition", trials.isEmpty() ? 0.6 : 0.75));
        }
      }
    }
  }

  /** A procedure followed by a preposition and a site ("ablation of the liver", "infusion into the hepatic artery"), or a site just before it. */
  private void procedureSites(String text, List<Mention> here, Span sentence, List<Relation> out) {
    for (int i = 0; i < here.size(); i++) {
      Mention procedure = here.get(i);
      if (procedure.category() != Category.PROCEDURE) {
        continue;
      }
      if (i + 1 < here.size() && here.get(i + 1).category() == Category.ANATOMY) {
        Mention site = here.get(i + 1);
        String between = text.substring(procedure.end(), site.start()).toLowerCase(Locale.ROOT).strip();
        if (between.matches("(?:of|to|in|into|on|through|via)(?:\\s+(?:the|a|an))?") && adpositionBetween(tagger.tag(text, procedure.start(), site.end()), procedure, site)) {
          out.add(new Relation("procedure-site", procedure, site, sentence, "procedure-preposition-site", 0.8));
        }
      }
      if (i > 0 && here.get(i - 1).category() == Category.ANATOMY && text.substring(here.get(i - 1).end(), procedure.start()).isBlank()) {
        out.add(new Relation("procedure-site", procedure, here.get(i - 1), sentence, "site-before-procedure", 0.7));
      }
    }
  }

  private static boolean adpositionBetween(Tagger.Tagged tagged, Mention a, Mention b) {
    for (int t = 0; t < tagged.spans().length; t++) {
      if (tagged.spans()[t].getStart() >= a.end() && tagged.spans()[t].getEnd() <= b.start() && tagged.tags()[t].equals("ADP")) {
        return true;
      }
    }
    return false;
  }

  /** The words between two mentions, punctuation not counted. */
  private static int tokensBetween(Tagger.Tagged between) {
    int count = 0;
    for (String tag : between.tags()) {
      if (!tag.equals("PUNCT")) {
        count++;
      }
    }
    return count;
  }
}
