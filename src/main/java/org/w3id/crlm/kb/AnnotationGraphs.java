package org.w3id.crlm.kb;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;

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
    Txn.executeWrite(dataset, () -> {
      for (Path file : store.annotationFiles()) {
        store.loadInto(file, dataset);
      }
      for (Path file : corpusFiles) {
        var document = reader.read(file);
        if (!stored.contains(document.id())) {
          IngestService.annotate(analyzer, document, CrlmVersion.get(), StreamRDFLib.dataset(dataset.asDatasetGraph()));
        }
      }
    });
    LOG.info("Annotation graphs: {} from the store {}, {} corpus documents annotated at build", stored.size(),
        store.directory(), corpusFiles.stream().filter(f -> !stored.contains(DocumentReader.identifier(f.getFileName().toString()))).count());
  }

}
