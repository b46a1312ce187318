package org.w3id.crlm.kb;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.semanticweb.owlapi.model.OWLOntology;
import org.w3id.crlm.Lazy;
import org.w3id.crlm.figures.FigureComparison;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.quality.QualityReport;
import org.w3id.crlm.reasoning.ReasonedOntology;
import org.w3id.crlm.staging.TnmParser;

/**
 * The built knowledge base: a read-only Jena dataset whose named graphs {@code
 * crlm:graph/asserted} and {@code crlm:graph/inferred} hold what the ontology states and what
 * HermiT added, and whose default graph is their union (the annotation graphs of ingested
 * documents beside them); the reasoner that produced it; the dictionary of entity names read
 * from it, which ingest matches documents against; the quality report of the ontology files (no
 * ERROR row, or the build would have stopped); and the figure comparator's findings (also in the
 * graph {@code crlm:graph/comparisons}).
 *
 * <p>Opened from a snapshot, only the dataset is there at once: the reasoner, the dictionary, the
 * quality report and the findings are made on first use, so that a command that only queries never
 * pays for HermiT.
 */
public final class KnowledgeBase {
  private final Dataset dataset;
  private final PipelineTimings timings;
  private final long assertedTriples;
  private final long inferredTriples;
  private final Supplier<OWLOntology> ontology;
  private final Supplier<ReasonedOntology> reasoned;
  private final Supplier<Dictionary> dictionary;
  private final Supplier<QualityReport> quality;
  private final Supplier<List<FigureComparison>> comparisons;
  private final String version;

  KnowledgeBase(Dataset dataset, PipelineTimings timings, long assertedTriples, long inferredTriples,
      Supplier<OWLOntology> ontology, Supplier<ReasonedOntology> reasoned, Supplier<Dictionary> dictionary,
      Supplier<QualityReport> quality, Supplier<List<FigureComparison>> comparisons) {
    this(dataset, timings, assertedTriples, inferredTriples, ontology, reasoned, dictionary, quality, comparisons, "");
  }

  private KnowledgeBase(Dataset dataset, PipelineTimings timings, long assertedTriples, long inferredTriples,
      Supplier<OWLOntology> ontology, Supplier<ReasonedOntology> reasoned, Supplier<Dictionary> dictionary,
      Supplier<QualityReport> quality, Supplier<List<FigureComparison>> comparisons, String version) {
    this.version = version;
    this.dataset = dataset;
    this.timings = timings;
    this.assertedTriples = assertedTriples;
    this.inferredTriples = inferredTriples;
    this.ontology = Lazy.of(ontology);
    this.reasoned = Lazy.of(reasoned);
    this.dictionary = Lazy.of(dictionary);
    this.quality = Lazy.of(quality);
    this.comparisons = Lazy.of(comparisons);
  }

  public Dataset dataset() {
    return dataset;
  }

  /**
   * The version of the knowledge base: the digest of what its snapshot was built from (ontology,
   * corpus, code), so that a link or an answer can say which knowledge base it came from; empty
   * for one built in memory without a snapshot.
   */
  public String version() {
    return version;
  }

  /** The same knowledge base, known by {@code version}. */
  public KnowledgeBase withVersion(String version) {
    return new KnowledgeBase(dataset, timings, assertedTriples, inferredTriples, ontology, reasoned, dictionary, quality,
        comparisons, version);
  }

  /**
   * The ontology HermiT reasons over, without its reasoner: at hand after a build, read from the
   * files on first use after opening a snapshot (a second or so, against the ten or more of
   * classifying it). What reasons over it with a request's axioms on a fresh reasoner (profiles,
   * checks, cohorts) needs no more.
   */
  public OWLOntology ontology() {
    return ontology.get();
  }

  /** HermiT over the ontology: at hand after a build, loaded and classified on first use after opening a snapshot. */
  public ReasonedOntology reasoned() {
    return reasoned.get();
  }

  /** How long the build (or the opening of a snapshot) took, phase by phase. */
  public PipelineTimings timings() {
    return timings;
  }

  public long assertedTriples() {
    return assertedTriples;
  }

  public long inferredTriples() {
    return inferredTriples;
  }

  public Dictionary dictionary() {
    return dictionary.get();
  }

  public QualityReport quality() {
    return quality.get();
  }

  public List<FigureComparison> comparisons() {
    return comparisons.get();
  }

  /** A parser of TNM strings that accepts the categories this knowledge base's vocabulary defines. */
  public TnmParser tnmParser() {
    return new TnmParser(dictionary().tnmCategories());
  }
}
