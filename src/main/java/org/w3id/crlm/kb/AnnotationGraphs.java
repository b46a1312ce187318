package org.w3id.crlm.kb;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
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
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.ontology.Crlm;

/**
 * Puts the annotation graphs into the knowledge base: every stored graph, and for each corpus
 * document the store does not hold, its graph made now with the dictionary of this build. They
 * stay in named graphs of their own, out of the default graph: suggestions never mix with
 * curated facts.
 */
final class AnnotationGraphs {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationGraphs.class);

  private AnnotationGraphs() {}

  static void add(Dataset dataset, Corpus corpus, AnnotationStore store, Dictionary dictionary) {
    Set<String> stored = new HashSet<>(store.documentIds());
    List<Path> corpusFiles = DocumentReader.documentsIn(corpus.directory(), false);
    TextAnalyzer analyzer = new TextAnalyzer(dictionary);
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    int[] annotated = {0};
    Txn.executeWrite(dataset, () -> {
      for (Path file : store.annotationFiles()) {
        store.loadInto(file, dataset);
      }
      for (Path file : corpusFiles) {
        var document = reader.read(file);
        if (stored.contains(document.id()) && !madeFrom(dataset, document)) {
          // Stored annotations under a corpus document's name but of other text (another file ingested under its
          // name, or an older version): they would take the corpus document's sentences away from the facts.
          LOG.warn("The stored annotations of {} were made from other text than the corpus document; it is annotated"
              + " afresh. Run 'crlm ingest {}' to store its annotations again.", document.id(), file);
          dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(IngestVocabulary.graph(document.id())));
          stored.remove(document.id());
        }
        if (!stored.contains(document.id())) {
          IngestService.annotate(analyzer, document, CrlmVersion.get(), StreamRDFLib.dataset(dataset.asDatasetGraph()));
          annotated[0]++;
        }
      }
    });
    LOG.info("Annotation graphs: {} from the store {}, {} corpus documents annotated at build", stored.size(),
        store.directory(), annotated[0]);
  }

  /** Whether the graph stored for {@code document} was made from its text (the same SHA-256). */
  private static boolean madeFrom(Dataset dataset, TextDocument document) {
    return dataset.asDatasetGraph().contains(NodeFactory.createURI(IngestVocabulary.graph(document.id())),
        NodeFactory.createURI(IngestVocabulary.document(document.id())), Crlm.SHA256.node(),
        NodeFactory.createLiteralString(document.sha256()));
  }

}
