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
import org.w3id.crlm.Lazy;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.LocatorVerifier;
import org.w3id.crlm.corpus.QuoteFunction;
import org.w3id.crlm.figures.FigureComparison;
import org.w3id.crlm.figures.FigureComparisons;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationIndex;
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

  public Path ontologyDirectory() {
    return ontologyDirectory;
  }

  public Path corpusDirectory() {
    return corpusDirectory;
  }

  public List<Path> extraFiles() {
    return List.copyOf(extraFiles);
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

  /** Builds the knowledge base and adds the annotation store's graphs, if a store was given. */
  public KnowledgeBase build() {
    KnowledgeBase core = buildCore();
    addStoredAnnotations(core.dataset());
    return core;
  }

  /**
   * Builds what the ontology and the corpus alone determine: the reasoned graphs, the findings of
   * the figure comparator and the annotation graphs of the corpus documents (made with this
   * build's dictionary). This is what a snapshot keeps; the store's graphs go over it afterwards.
   */
  public KnowledgeBase buildCore() {
    PipelineTimings timings = new PipelineTimings();
    OntologyFiles files = OntologyFiles.in(ontologyDirectory);
    AssertedOntology read = timed(timings, "parse", () -> AssertedGraphReader.read(allFiles(files)));
    QualityReport quality = timed(timings, "quality", () -> OntologyQuality.report(files, read));
    OntologyQuality.requireNoErrors(quality);
    Graph asserted = read.graph();
    Corpus corpus = Corpus.at(corpusDirectory);
    timed(timings, "locators", () -> LocatorVerifier.verify(asserted, corpus));
    registerQuoteFunction();
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
    timed(timings, "annotation", () -> {
      AnnotationGraphs.annotateCorpus(dataset, corpus, dictionary);
      return null;
    });

    LOG.info(
        "Knowledge base built: {} asserted and {} inferred triples; {}",
        asserted.size(), inferred.size(), timings);
    return new KnowledgeBase(dataset, timings, asserted.size(), inferred.size(), reasoned::ontology, () -> reasoned, () -> dictionary,
        () -> quality, () -> comparisons);
  }

  /**
   * The knowledge base over a dataset built earlier by {@link #buildCore} from the same inputs
   * (a snapshot): the reasoner, the dictionary and the quality report are made again from the
   * files, each on first use; the comparator's findings are read from their graph.
   */
  public KnowledgeBase over(Dataset dataset, PipelineTimings timings, long assertedTriples, long inferredTriples) {
    registerQuoteFunction();
    Dataset served = timed(timings, "annotation", () -> withStoredAnnotations(dataset));
    Supplier<OWLOntology> ontology = Lazy.of(this::loadOntology);
    return new KnowledgeBase(served, timings, assertedTriples, inferredTriples, ontology, () -> reason(ontology.get()),
        () -> Txn.calculateRead(served, () -> Dictionary.from(served.asDatasetGraph().getDefaultGraph())),
        () -> {
          OntologyFiles files = OntologyFiles.in(ontologyDirectory);
          return OntologyQuality.report(files, AssertedGraphReader.read(allFiles(files)));
        },
        () -> Txn.calculateRead(served, () -> FigureComparisons.read(served.asDatasetGraph().getDefaultGraph())));
  }

  /**
   * The knowledge base just built by {@link #buildCore}, as a snapshot of it is served: its graphs
   * in a general dataset, the store's graphs linked beside them; its reasoner kept.
   */
  public KnowledgeBase served(KnowledgeBase core) {
    DatasetGraph general = LinkedDatasetGraph.create();
    Txn.executeRead(core.dataset(), () -> Txn.executeWrite(general, () -> core.dataset().asDatasetGraph().find().forEachRemaining(general::add)));
    Dataset served = withStoredAnnotations(DatasetFactory.wrap(general));
    return new KnowledgeBase(served, core.timings(), core.assertedTriples(), core.inferredTriples(), core::ontology, core::reasoned,
        core::dictionary, core::quality, core::comparisons);
  }

  /**
   * {@code dataset} (a general one, which links graphs) with the store's graphs: the cohorts' read
   * into memory; the documents' linked from the store's index, or, when another process has the
   * index open, read from the files into memory.
   */
  private Dataset withStoredAnnotations(Dataset dataset) {
    if (annotationStore == null) {
      return dataset;
    }
    int cohorts = Txn.calculateWrite(dataset, () -> StoredCohortGraphs.addTo(dataset, annotationStore));
    if (cohorts > 0) {
      LOG.info("Cohort graphs: {} from the store {}", cohorts, annotationStore);
    }
    AnnotationStore store = new AnnotationStore(annotationStore);
    if (store.annotationFiles().isEmpty()) {
      return dataset; // nothing stored: the index (and TDB2's start, a tenth of a short command's time) is not needed
    }
    AnnotationIndex index = AnnotationIndex.open(store);
    if (index == null) {
      AnnotationGraphs.addStored(dataset, store);
      return dataset;
    }
    return DatasetFactory.wrap(AnnotationGraphs.linkIndexed(dataset.asDatasetGraph(), index));
  }

  /** The ontology HermiT reasons over, read from the files, without the rest of a build and without reasoning. */
  private OWLOntology loadOntology() {
    long start = System.nanoTime();
    OntologyFiles files = OntologyFiles.in(ontologyDirectory);
    AssertedOntology read = AssertedGraphReader.read(allFiles(files));
    OWLOntology ontology = OntologyLoader.load(files, read.documents(), read.graph(), ReasoningInput.from(read.graph()));
    LOG.info("Ontology loaded from the files in {} ms", (System.nanoTime() - start) / 1_000_000);
    return ontology;
  }

  /** HermiT over {@code ontology}, classified and realized. */
  private static ReasonedOntology reason(OWLOntology ontology) {
    long start = System.nanoTime();
    ReasonedOntology reasoned = OntologyReasoner.reason(ontology, (phase, ms) -> {});
    LOG.info("Reasoner ready over the ontology files in {} ms", (System.nanoTime() - start) / 1_000_000);
    return reasoned;
  }

  private List<Path> allFiles(OntologyFiles files) {
    List<Path> all = new ArrayList<>(files.all());
    all.addAll(extraFiles);
    return all;
  }

  private void registerQuoteFunction() {
    QuoteFunction.register(Corpus.at(corpusDirectory), annotationStore == null ? null : annotationStore.toAbsolutePath().normalize());
  }

  /** Adds the annotation store's graphs (if a store was given) into memory, over those of a core just built. */
  private void addStoredAnnotations(Dataset dataset) {
    if (annotationStore != null) {
      AnnotationGraphs.addStored(dataset, new AnnotationStore(annotationStore));
    }
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
