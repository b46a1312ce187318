package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.ingest.IngestResult;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.ParallelIngest;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.kb.KnowledgeBase;

/**
 * Ingest throughput: the corpus documents, copied under new names until they make the requested
 * size, ingested into a temporary store, first on one thread and then on every core (a document to a thread) (annotation files
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
    int cores = Runtime.getRuntime().availableProcessors();
    try {
      IngestService service = new IngestService(new TextAnalyzer(dictionary), new AnnotationStore(store), null, CrlmVersion.get());
      DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
      ingest(service, reader, corpus, "warmup-", WARM_UP_MB, cores);
      out.printf("ingest benchmark: the %d corpus documents copied until %d MB of text, %s, %d cores%n",
          corpus.size(), sizeMb, Runtime.version(), cores);
      out.printf("measured after a %d MB warm-up (not counted), so that the figure is the compiled code's%n", WARM_UP_MB);
      out.printf("dictionary: %d forms%n", dictionary.size());
      for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
        System.gc();
        BenchmarkCommand.resetPeaks();
        long start = System.nanoTime();
        long[] counts = ingest(service, reader, corpus, "copy" + threads + "-", sizeMb, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = counts[0] / (1024.0 * 1024.0);
        out.printf("%d thread(s): %.1f MB in %d documents, %.1f s, throughput: %.2f MB/s, %d mentions, peak heap %d MB%n",
            threads, mb, counts[1], seconds, mb / seconds, counts[2], BenchmarkCommand.peakHeapBytes() / (1024 * 1024));
        out.flush();
      }
      return 0;
    } finally {
      delete(store);
    }
  }

  /**
   * Ingests copies of the corpus documents until {@code sizeMb} of text, {@code threads} documents
   * at a time (as {@code crlm ingest --threads} does); returns bytes, documents, mentions.
   */
  private static long[] ingest(IngestService service, DocumentReader reader, List<TextDocument> corpus, String prefix, int sizeMb,
      int threads) {
    long target = (long) sizeMb * 1024 * 1024;
    List<TextDocument> copies = new ArrayList<>();
    long bytes = 0;
    while (bytes < target) {
      TextDocument original = corpus.get(copies.size() % corpus.size());
      byte[] content = original.text().getBytes(StandardCharsets.UTF_8);
      copies.add(reader.decode(prefix + copies.size() + "-" + original.fileName(), content));
      bytes += content.length;
    }
    long mentions = ParallelIngest.run(service, copies, threads).stream().mapToLong(IngestResult::mentionCount).sum();
    return new long[] {bytes, copies.size(), mentions};
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
