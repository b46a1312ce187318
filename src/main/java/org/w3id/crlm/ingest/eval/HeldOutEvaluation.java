package org.w3id.crlm.ingest.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.crlm.ingest.DocumentAnalysis;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.claims.NumericClaim;
import org.w3id.crlm.ingest.claims.Units;
import org.w3id.crlm.ingest.relate.Relation;
import org.w3id.crlm.ingest.text.CodePoints;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ontology.Crlm;

/**
 * Scores the ingest pipeline on a held-out set: entities (exact span, category and entity, with
 * the gold concepts read through {@link ConceptResolver}), numeric claims (a gold figure is found
 * when a claim over its span has its value and unit; "with comparator" also its comparator), and
 * relations (the kind, both ends and the sentence).
 */
public final class HeldOutEvaluation {
  /** Recall of gold figures and the share of predicted figures that are gold ones. */
  public record NumberScore(int gold, int found, int foundWithComparator, int predicted, int predictedCorrect) {
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double recallWithComparator() {
      return gold == 0 ? 0 : (double) foundWithComparator / gold;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
    }
  }

  /** A gold figure or relation the pipeline missed, for the listing. */
  public record Miss(String document, String what) {}

  private final Evaluation entities = new Evaluation();
  private int numberGold;
  private int numberFound;
  private int numberFoundWithComparator;
  private int numberPredicted;
  private int numberPredictedCorrect;
  private final Map<String, int[]> relations = new LinkedHashMap<>();
  private final List<Miss> misses = new ArrayList<>();

  public static HeldOutEvaluation of(TextAnalyzer analyzer, ConceptResolver resolver, List<HeldOutSet.Document> documents) {
    HeldOutEvaluation evaluation = new HeldOutEvaluation();
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    for (HeldOutSet.Document document : documents) {
      var text = reader.read(document.file());
      DocumentAnalysis analysis = analyzer.analyze(text);
      CodePoints codePoints = CodePoints.of(text.text());
      evaluation.entities(document, analysis, codePoints, resolver);
      evaluation.numbers(document, analysis.claims(), codePoints);
      evaluation.relations(document, analysis.relations(), codePoints, resolver);
    }
    return evaluation;
  }

  private void entities(HeldOutSet.Document document, DocumentAnalysis analysis, CodePoints codePoints, ConceptResolver resolver) {
    List<GoldMention> gold = document.entities().stream()
        .map(e -> new GoldMention(e.start(), e.end(), e.category(), resolver.resolve(e.concept(), e.category()))).toList();
    entities.add(document.name(), gold, Evaluation.scored(MentionKeys.of(analysis.mentions(), codePoints)));
  }

  private void numbers(HeldOutSet.Document document, List<NumericClaim> claims, CodePoints codePoints) {
    boolean[] correct = new boolean[claims.size()];
    for (HeldOutSet.Number gold : document.numbers()) {
      numberGold++;
      boolean found = false;
      boolean withComparator = false;
      for (int i = 0; i < claims.size(); i++) {
        NumericClaim claim = claims.get(i);
        int start = codePoints.offset(claim.start());
        int end = codePoints.offset(claim.end());
        if (end <= gold.start() || start >= gold.end() || !sameValue(gold.value(), claim) || !sameUnit(gold.unit(), claim.unitCode())) {
          continue;
        }
        found = true;
        correct[i] = true;
        withComparator |= sameComparator(gold.comparator(), claim.comparator());
      }
      numberFound += found ? 1 : 0;
      numberFoundWithComparator += withComparator ? 1 : 0;
      if (!withComparator) {
        misses.add(new Miss(document.name(), "%s figure %d-%d %s %s %s \"%s\"".formatted(found ? "comparator of" : "missed", gold.start(),
            gold.end(), gold.comparator(), gold.value(), gold.unit(), gold.text())));
      }
    }
    numberPredicted += claims.size();
    for (boolean c : correct) {
      numberPredictedCorrect += c ? 1 : 0;
    }
  }

  private static boolean sameValue(String gold, NumericClaim claim) {
    String[] range = gold.replace(",", "").split("\\s*[-\u2013]\\s*", 2);
    try {
      if (range.length == 2 && !range[0].isEmpty()) {
        return claim.lower() != null && claim.lower().compareTo(new BigDecimal(range[0])) == 0
            && claim.upper() != null && claim.upper().compareTo(new BigDecimal(range[1])) == 0;
      }
      BigDecimal value = new BigDecimal(range[0]);
      return claim.value() != null && claim.value().compareTo(value) == 0
          || claim.lower() != null && claim.lower().compareTo(value) == 0 || claim.upper() != null && claim.upper().compareTo(value) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean sameUnit(String gold, String code) {
    if (gold.isEmpty() || gold.equals("-")) {
      return true;
    }
    Units.Unit unit = Units.get().of(gold);
    return unit != null && unit.code().equals(code);
  }

  private static boolean sameComparator(String gold, String comparator) {
    String expected = switch (gold) {
      case "<" -> Crlm.LESS_THAN.iri();
      case "<=" -> Crlm.AT_MOST.iri();
      case ">" -> Crlm.GREATER_THAN.iri();
      case ">=" -> Crlm.AT_LEAST.iri();
      default -> null;
    };
    return expected == null ? comparator == null || comparator.equals(Crlm.EQUAL_TO.iri()) : expected.equals(comparator);
  }

  /**
   * Each gold relation is found by a predicted one of its kind, subject and sentence, and object
   * where the gold object names an entity; a criterion or condition written as free text (which
   * the ontology names by no entity) needs an object of the predicted relation, but not a
   * particular one. A predicted relation finds one gold relation at most: ten criteria of one
   * sentence need ten predicted criteria.
   */
  private void relations(HeldOutSet.Document document, List<Relation> predicted, CodePoints codePoints, ConceptResolver resolver) {
    Set<Relation> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (HeldOutSet.Relation gold : document.relations()) {
      int[] counts = relations.computeIfAbsent(gold.relation(), k -> new int[3]);
      counts[0]++;
      String subject = resolver.resolveAny(gold.subject());
      String resolved = gold.relation().equals("eligibility") ? null : resolver.resolveAny(gold.object());
      String object = ConceptResolver.NIL.equals(resolved) ? null : resolved;
      boolean freeText = object == null && !gold.relation().equals("eligibility");
      Relation match = predicted.stream().filter(r -> !used.contains(r) && r.kind().equals(gold.relation())
          && codePoints.offset(r.sentence().start()) < gold.sentenceEnd() && codePoints.offset(r.sentence().end()) > gold.sentenceStart()
          && r.subject().entities().stream().map(MentionKeys::curie).anyMatch(subject::equals)
          && (object == null || r.object() != null && r.object().entities().stream().map(MentionKeys::curie).anyMatch(object::equals))
          && (!freeText || r.object() != null)).findFirst().orElse(null);
      boolean found = match != null;
      if (found) {
        used.add(match);
      }
      counts[1] += found ? 1 : 0;
      if (!found) {
        misses.add(new Miss(document.name(), "missed relation %s %s -> %s (sentence %d-%d)".formatted(gold.relation(), gold.subject(),
            gold.object(), gold.sentenceStart(), gold.sentenceEnd())));
      }
    }
    for (Relation r : predicted) {
      relations.computeIfAbsent(r.kind(), k -> new int[3])[2]++;
    }
  }


  public Evaluation entities() {
    return entities;
  }

  public NumberScore numbers() {
    return new NumberScore(numberGold, numberFound, numberFoundWithComparator, numberPredicted, numberPredictedCorrect);
  }

  /** By relation kind: gold, found, predicted; then "all". */
  public Map<String, int[]> relations() {
    Map<String, int[]> rows = new LinkedHashMap<>(relations);
    int[] all = new int[3];
    relations.values().forEach(c -> {
      all[0] += c[0];
      all[1] += c[1];
      all[2] += c[2];
    });
    rows.put("all", all);
    return rows;
  }

  public List<Miss> misses() {
    return misses;
  }
}
