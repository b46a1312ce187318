package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.kb.KnowledgeBase;

/**
 * Ingest throughput: the corpus documents, copied under new names until they make the requested
 * size, ingested one after another on this thread into a temporary store (annotation files
 * written and renamed as in real use), with the full dictionary of the knowledge base. A few
 * megabytes are ingested first and not counted, as a benchmark harness would, so that the figure
 * is that of the compiled code rather than of the JIT compiler starting up.
 */
final class IngestBenchmark {
  private static final int WARM_UP_MB = 5;
  private final KnowledgeBaseOptions options;
  private final int sizeMb;
  private final PrintWriter out;

  IngestBenchmark(KnowledgeBaseOptions options, int sizeMb, PrintWriter out) {
    this.options = options;
    this.sizeMb = sizeMb;
    this.out = out;
  }

  int run() {
    KnowledgeBase kb = options.build();
    Dictionary dictionary = kb.dictionary();
    List<TextDocument> corpus = corpusDocuments();
    Path store = temporaryStore();
    try {
      IngestService service = new IngestService(new TextAnalyzer(dictionary), new AnnotationStore(store), null, CrlmVersion.get());
      DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
      ingest(service, reader, corpus, "warmup-", WARM_UP_MB);
      System.gc();
      BenchmarkCommand.resetPeaks();
      long start = System.nanoTime();
      long[] counts = ingest(service, reader, corpus, "copy-", sizeMb);
      double seconds = (System.nanoTime() - start) / 1e9;
      double mb = counts[0] / (1024.0 * 1024.0);
      long documents = counts[1];
      long mentions = counts[2];
      out.printf("ingest benchmark: %.1f MB of text in %d documents (the %d corpus documents copied), one thread, %s%n",
          mb, documents, corpus.size(), Runtime.version());
      out.printf("measured after a %d MB warm-up (not counted), so that the figure is the compiled code's%n", WARM_UP_MB);
      out.printf("dictionary: %d forms%n", dictionary.size());
      out.printf("time: %.1f s, throughput: %.2f MB/s, %d mentions%n", seconds, mb / seconds, mentions);
      out.printf("peak heap: %d MB%n", BenchmarkCommand.peakHeapBytes() / (1024 * 1024));
      out.flush();
      return 0;
    } finally {
      delete(store);
    }
  }

  /** Ingests copies of the corpus documents until {@code sizeMb} of text; returns bytes, documents, mentions. */
  private static long[] ingest(IngestService service, DocumentReader reader, List<TextDocument> corpus, String prefix, int sizeMb) {
    long target = (long) sizeMb * 1024 * 1024;
    long bytes = 0;
    long documents = 0;
    long mentions = 0;
    while (bytes < target) {
      TextDocument original = corpus.get((int) (documents % corpus.size()));
      byte[] content = original.text().getBytes(StandardCharsets.UTF_8);
      TextDocument copy = reader.decode(prefix + documents + "-" + original.fileName(), content);
      mentions += service.ingest(copy).mentionCount();
      bytes += content.length;
      documents++;
    }
    return new long[] {bytes, documents, mentions};
  }

  private List<TextDocument> corpusDocuments() {
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    return DocumentReader.documentsIn(options.corpus.directory, false).stream().map(reader::read).toList();
  }


  private static Path temporaryStore() {
    try {
      return Files.createTempDirectory("crlm-ingest-benchmark");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
