package org.w3id.crlm.ingest.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestVocabulary;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.ingest.text.CodePoints;
import org.w3id.crlm.ingest.text.DocumentReader;

/**
 * Scores predicted mentions against gold ones. A prediction is right only with the exact span,
 * the same category and the same single entity; a gold mention of an entity the ontology lacks
 * (NIL) can only be missed. Scores are kept per category, for biomarkers as a whole (genes,
 * variants and biomarker statuses), and for all categories.
 */
public final class Evaluation {
  /** The biomarker group of the target: genes, variants and biomarker states. */
  public static final String BIOMARKER = "biomarker";
  public static final String ALL = "all";

  /** Counts of one row. */
  public record Score(int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
      return new Score(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }
  }

  /** A mismatch, for the error listing: a false positive or a missed gold mention. */
  public record Error(String document, String kind, int start, int end, Category category, String entity) {}

  private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
  private final List<Error> errors = new ArrayList<>();

  public Evaluation() {
    for (Category category : Category.values()) {
      counts.put(category, new int[3]);
    }
  }

  /** Runs the matcher on the corpus document of each gold file and scores it. */
  public static Evaluation of(EntityMatcher matcher, Corpus corpus, List<Path> goldFiles) {
    Evaluation evaluation = new Evaluation();
    for (Path file : goldFiles) {
      String document = GoldStandard.documentOf(file);
      String text = corpus.text(document);
      String documentIri = IngestVocabulary.document(DocumentReader.identifier(document));
      evaluation.add(document, GoldStandard.read(file), scored(MentionKeys.of(matcher.mentions(text, documentIri), CodePoints.of(text))));
    }
    return evaluation;
  }

  /**
   * The categories the gold sets annotate. Diseases and adverse events became categories after
   * they were written (for relations): predictions of those are not scored against them.
   */
  public static final java.util.Set<Category> SCORED = java.util.EnumSet.complementOf(java.util.EnumSet.of(Category.DISEASE, Category.ADVERSE_EVENT));

  /** The predictions of the scored categories. */
  public static List<GoldMention> scored(List<GoldMention> predicted) {
    return predicted.stream().filter(m -> SCORED.contains(m.category())).toList();
  }

  /** Adds one document: gold mentions and predicted ones (spans in code points). */
  public void add(String document, List<GoldMention> gold, List<GoldMention> predicted) {
    Set<GoldMention> goldSet = new HashSet<>(gold);
    Set<GoldMention> predictedSet = new HashSet<>(predicted);
    for (GoldMention g : gold) {
      counts.get(g.category())[0]++;
      if (!predictedSet.contains(g)) {
        errors.add(new Error(document, "missed", g.start(), g.end(), g.category(), g.entity()));
      }
    }
    for (GoldMention p : predicted) {
      counts.get(p.category())[1]++;
      if (goldSet.contains(p)) {
        counts.get(p.category())[2]++;
      } else {
        errors.add(new Error(document, "wrong", p.start(), p.end(), p.category(), p.entity()));
      }
    }
  }

  /** Rows by category label, then "biomarker" and "all". */
  public Map<String, Score> scores() {
    Map<String, Score> rows = new LinkedHashMap<>();
    Score biomarker = new Score(0, 0, 0);
    Score all = new Score(0, 0, 0);
    for (Category category : Category.values()) {
      int[] c = counts.get(category);
      Score score = new Score(c[0], c[1], c[2]);
      rows.put(category.label(), score);
      if (category == Category.GENE || category == Category.VARIANT || category == Category.BIOMARKER_STATUS) {
        biomarker = biomarker.plus(score);
      }
      all = all.plus(score);
    }
    rows.put(BIOMARKER, biomarker);
    rows.put(ALL, all);
    return rows;
  }

  public List<Error> errors() {
    return errors;
  }
}
