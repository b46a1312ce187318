package org.w3id.crlm.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.semanticweb.owlapi.model.OWLOntology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.LocatorVerifier;
import org.w3id.crlm.corpus.QuoteFunction;
import org.w3id.crlm.figures.FigureComparison;
import org.w3id.crlm.figures.FigureComparisons;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.materialize.InferredGraphBuilder;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.AssertedGraphReader.AssertedOntology;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.OntologyFiles;
import org.w3id.crlm.quality.OntologyQuality;
import org.w3id.crlm.quality.QualityReport;
import org.w3id.crlm.ontology.OntologyLoader;
import org.w3id.crlm.ontology.ReasoningInput;
import org.w3id.crlm.reasoning.OntologyReasoner;
import org.w3id.crlm.reasoning.ReasonedOntology;

/**
 * Builds the knowledge base in pipeline order: read the ontology files (Jena, for the asserted
 * graph and precise syntax errors), resolve the sentence locators against the corpus, load the
 * files (OWL API), reason (HermiT), materialize the entailments, assemble the dataset and check
 * it against the SHACL shapes; then read the entity dictionary from it and add the annotation
 * graphs of the documents.
 */
public final class KnowledgeBaseBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseBuilder.class);

  private final Path ontologyDirectory;
  private final Path corpusDirectory;
  private final List<Path> extraFiles = new ArrayList<>();
  private Path annotationStore;

  /**
   * @param ontologyDirectory the hand-edited ontology (its crlm.ttl and modules, and shapes/)
   * @param corpusDirectory the source documents that the facts' locators point into
   */
  public KnowledgeBaseBuilder(Path ontologyDirectory, Path corpusDirectory) {
    this.ontologyDirectory = ontologyDirectory;
    this.corpusDirectory = corpusDirectory;
  }

  /** Adds an ontology file outside the ontology directory (a fixture, a user's draft). */
  public KnowledgeBaseBuilder withExtraFile(Path file) {
    extraFiles.add(file);
    return this;
  }

  /**
   * Adds the annotation graphs: those of the store, and, for corpus documents the store does
   * not hold, graphs made at build time.
   */
  public KnowledgeBaseBuilder withAnnotationStore(Path store) {
    this.annotationStore = store;
    return this;
  }

  public KnowledgeBase build() {
    PipelineTimings timings = new PipelineTimings();
    OntologyFiles files = OntologyFiles.in(ontologyDirectory);
    List<Path> all = new ArrayList<>(files.all());
    all.addAll(extraFiles);

    AssertedOntology read = timed(timings, "parse", () -> AssertedGraphReader.read(all));
    QualityReport quality = timed(timings, "quality", () -> OntologyQuality.report(files, read));
    OntologyQuality.requireNoErrors(quality);
    Graph asserted = read.graph();
    Corpus corpus = Corpus.at(corpusDirectory);
    timed(timings, "locators", () -> LocatorVerifier.verify(asserted, corpus));
    QuoteFunction.register(corpus, annotationStore == null ? null : annotationStore.toAbsolutePath().normalize());
    ReasoningInput input = timed(timings, "scope", () -> ReasoningInput.from(asserted));
    OWLOntology ontology =
        timed(timings, "load", () -> OntologyLoader.load(files, read.documents(), asserted, input));
    ReasonedOntology reasoned = OntologyReasoner.reason(ontology, timings::record);
    Graph inferred = timed(timings, "materialization",
        () -> InferredGraphBuilder.build(reasoned, asserted, input.records()));
    Dataset dataset = timed(timings, "dataset", () -> assemble(asserted, inferred));
    timed(timings, "shapes", () -> {
      Txn.executeRead(dataset, () -> ShapesValidator.validate(files.shapes(), dataset.asDatasetGraph().getDefaultGraph()));
      return null;
    });
    List<FigureComparison> comparisons = timed(timings, "figures", () -> addComparisons(dataset, reasoned));

    Dictionary dictionary = timed(timings, "dictionary",
        () -> Txn.calculateRead(dataset, () -> Dictionary.from(dataset.asDatasetGraph().getDefaultGraph())));
    if (annotationStore != null) {
      timed(timings, "annotation", () -> {
        AnnotationGraphs.add(dataset, corpus, new AnnotationStore(annotationStore), dictionary);
        return null;
      });
    }

    LOG.info(
        "Knowledge base built: {} asserted and {} inferred triples; {}",
        asserted.size(), inferred.size(), timings);
    return new KnowledgeBase(dataset, reasoned, timings, asserted.size(), inferred.size(), dictionary, quality, comparisons);
  }

  /**
   * The dataset is built once and only read afterwards, so the default graph is a copy of the
   * union rather than a dynamic view: queries on it then cost no more than on one graph.
   */
  private static Dataset assemble(Graph asserted, Graph inferred) {
    Dataset dataset = DatasetFactory.createTxnMem();
    DatasetGraph dsg = dataset.asDatasetGraph();
    Txn.executeWrite(dataset, () -> {
      dsg.addGraph(NodeFactory.createURI(Crlm.ASSERTED_GRAPH), asserted);
      dsg.addGraph(NodeFactory.createURI(Crlm.INFERRED_GRAPH), inferred);
      asserted.find().forEach(dsg.getDefaultGraph()::add);
      inferred.find().forEach(dsg.getDefaultGraph()::add);
    });
    return dataset;
  }

  /**
   * The figure comparator's findings, in a graph of their own and in the default graph: computed
   * once from the reasoned figures, so every reader (SPARQL, checker, UI) sees the same verdicts.
   */
  private static List<FigureComparison> addComparisons(Dataset dataset, ReasonedOntology reasoned) {
    DatasetGraph dsg = dataset.asDatasetGraph();
    List<FigureComparison> found = Txn.calculateRead(dataset, () -> FigureComparisons.of(dsg.getDefaultGraph(), reasoned));
    Graph comparisons = FigureComparisons.render(found);
    Txn.executeWrite(dataset, () -> {
      dsg.addGraph(NodeFactory.createURI(Crlm.COMPARISONS_GRAPH), comparisons);
      comparisons.find().forEach(dsg.getDefaultGraph()::add);
    });
    return found;
  }

  private static <T> T timed(PipelineTimings timings, String phase, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    timings.record(phase, (System.nanoTime() - start) / 1_000_000);
    return result;
  }
}
