package org.w3id.crlm.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.TextDocument;

/**
 * Ingests a document into the store: analyse it, write its annotation graph, keep a copy of its
 * text unless it is a corpus document (whose text the corpus keeps), and carry over the review
 * status of suggestions found again.
 */
public final class IngestService {
  private final TextAnalyzer analyzer;
  private final AnnotationStore store;
  private final Path corpusDirectory;
  private final String version;

  public IngestService(TextAnalyzer analyzer, AnnotationStore store, Path corpusDirectory, String version) {
    this.analyzer = analyzer;
    this.store = store;
    this.corpusDirectory = corpusDirectory;
    this.version = version;
  }

  public AnnotationStore store() {
    return store;
  }

  public IngestResult ingest(TextDocument document) {
    return ingest(document, () -> { });
  }

  /**
   * Ingests {@code document}, running {@code beforeWriting} once it is analysed and before
   * anything is written: it may throw to stop the ingest (at a deadline) with the store unchanged.
   */
  public IngestResult ingest(TextDocument document, Runnable beforeWriting) {
    Instant started = Instant.now();
    long start = System.nanoTime();
    DocumentAnalysis analysis = analyzer.analyze(document);
    beforeWriting.run();
    String copy = isCorpusDocument(document) ? null
        : store.storeText(document.sha256(), document.mediaType().equals("text/markdown") ? "md" : "txt", document.text());
    Map<String, String> reviews = store.reviews(document.id());
    Instant ended = Instant.now();
    Path file = store.replace(document.id(),
        out -> AnnotationWriter.write(out, analysis, version, started, ended, copy, reviews));
    return result(analysis, file, (System.nanoTime() - start) / 1_000_000);
  }

  /** Writes the analysis of a document straight into a stream (no store): the build's corpus graphs. */
  public static DocumentAnalysis annotate(TextAnalyzer analyzer, TextDocument document, String version, StreamRDF out) {
    Instant started = Instant.now();
    DocumentAnalysis analysis = analyzer.analyze(document);
    AnnotationWriter.write(out, analysis, version, started, Instant.now(), null, Map.of());
    return analysis;
  }

  static IngestResult result(DocumentAnalysis analysis, Path file, long millis) {
    Map<Category, Integer> mentions = new EnumMap<>(Category.class);
    for (Mention mention : analysis.mentions()) {
      mentions.merge(mention.category(), 1, Integer::sum);
    }
    TextDocument document = analysis.document();
    return new IngestResult(document.fileName(), IngestVocabulary.graph(document.id()), file,
        analysis.sentences().size(), mentions, analysis.claims().size(), analysis.suggestions().size(),
        analysis.relations().size(), analysis.warnings(), millis);
  }

  private boolean isCorpusDocument(TextDocument document) {
    if (corpusDirectory == null) {
      return false;
    }
    Path file = corpusDirectory.resolve(document.fileName());
    try {
      return Files.isRegularFile(file) && Files.readString(file).equals(document.text());
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
