package org.w3id.crlm.kb;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.IngestVocabulary;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationIndex;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ontology.Crlm;

/**
 * Puts the annotation graphs into the knowledge base: at build, each corpus document's graph made
 * with the dictionary of this build; then, over them, every graph of the annotation store (a
 * stored graph of a corpus document replaces the one made at build, if it was made from the same
 * text). They stay in named graphs of their own, out of the default graph: suggestions never mix
 * with curated facts.
 */
final class AnnotationGraphs {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationGraphs.class);

  private AnnotationGraphs() {}

  static void annotateCorpus(Dataset dataset, Corpus corpus, Dictionary dictionary) {
    TextAnalyzer analyzer = new TextAnalyzer(dictionary);
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    Txn.executeWrite(dataset, () -> {
      for (Path file : DocumentReader.documentsIn(corpus.directory(), false)) {
        IngestService.annotate(analyzer, reader.read(file), CrlmVersion.get(), StreamRDFLib.dataset(dataset.asDatasetGraph()));
      }
    });
  }

  static void addStored(Dataset dataset, AnnotationStore store) {
    int[] added = {0};
    Txn.executeWrite(dataset, () -> {
      DatasetGraph target = dataset.asDatasetGraph();
      for (Path file : store.annotationFiles()) {
        String id = store.documentIdOf(file);
        Node graph = NodeFactory.createURI(IngestVocabulary.graph(id));
        if (!target.containsGraph(graph)) {
          store.loadInto(file, dataset);
          added[0]++;
          continue;
        }
        Dataset stored = DatasetFactory.create();
        store.loadInto(file, stored);
        Graph storedGraph = stored.asDatasetGraph().getGraph(graph);
        if (sameText(storedGraph, target.getGraph(graph), id)) {
          target.removeGraph(graph);
          target.addGraph(graph, storedGraph);
          added[0]++;
        }
      }
    });
    LOG.info("Annotation graphs: {} from the store {}", added[0], store.directory());
  }

  /**
   * Links the index's graphs into {@code memory} (a general dataset, which links the graphs it is
   * given): a stored graph of a corpus document in place of the one made at build if it was made
   * from the same text, every other stored graph beside them.
   */
  static DatasetGraph linkIndexed(DatasetGraph memory, AnnotationIndex index) {
    int linked = 0;
    for (var e : Txn.calculateRead(index.database(), index::graphs).entrySet()) {
      Node name = e.getKey();
      Graph stored = e.getValue();
      if (memory.containsGraph(name)) {
        if (!Txn.calculateRead(index.database(), () -> sameText(stored, memory.getGraph(name), documentOf(name)))) {
          continue;
        }
        memory.removeGraph(name);
      }
      memory.addGraph(name, IndexedDatasetGraph.linked(stored));
      linked++;
    }
    LOG.info("Annotation graphs: {} linked from the index of the store", linked);
    return new IndexedDatasetGraph(memory, index.database());
  }

  private static String documentOf(Node graph) {
    return graph.getURI().substring(IngestVocabulary.ANNOTATION_GRAPHS.length());
  }

  /**
   * Whether a stored graph of a corpus document was made from the text its built graph was; if
   * not (another file ingested under its name, or an older version), the stored one would take the
   * corpus document's sentences away from the facts, so it is left out, and the log says so.
   */
  private static boolean sameText(Graph stored, Graph built, String documentId) {
    if (sha256(stored, documentId).equals(sha256(built, documentId))) {
      return true;
    }
    LOG.warn("The stored annotations of {} were made from other text than the corpus document; the corpus"
        + " document's own are used. Run 'crlm ingest' on the corpus file to store its annotations again.", documentId);
    return false;
  }

  /** The SHA-256 of the text a document's annotation graph was made from ("" if it says none). */
  private static String sha256(Graph graph, String documentId) {
    var found = graph.find(NodeFactory.createURI(IngestVocabulary.document(documentId)), Crlm.SHA256.node(), Node.ANY);
    try {
      return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "";
    } finally {
      found.close();
    }
  }
}
