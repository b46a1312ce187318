package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.ingest.IngestResult;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.ParallelIngest;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.claims.Units;
import org.w3id.crlm.ingest.relate.RelationFinder;
import org.w3id.crlm.ingest.text.SentenceSegmenter;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read documents into the annotation store.",
      "Finds sentences, entity mentions (linked to the ontology), numeric claims and suggested",
      "statements, and writes them as the document's named graph (W3C Web Annotation + PROV-O).",
      "Re-ingesting a document replaces its graph atomically. Only UTF-8 plain text (.txt) and",
      "Markdown (.md) are read."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Documents, or directories of .txt/.md documents.")
  List<Path> inputs;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
      description = "Refuse documents larger than this (default ${DEFAULT-VALUE} MB).")
  double maxSizeMb;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents ingested at once, one to a thread (default: the machine's cores).")
  Integer threads;

  @Override
  public Integer call() {
    List<Path> files = documents();
    // Jena's start, the units table (with UCUM), the tagger's models and ICU's sentence rules are
    // read on the other core while the dictionary is: a single document's ingest is mostly start-up.
    var prepared = java.util.concurrent.CompletableFuture.runAsync(() -> {
      org.apache.jena.sys.JenaSystem.init();
      new SentenceSegmenter().sentences("Prepared. Ready.");
      Units.get();
      RelationFinder.prepare();
    });
    // Ingest needs only the dictionary: read from beside the snapshot, the knowledge base is not opened.
    Dictionary dictionary = knowledgeBase.dictionary();
    prepared.join();
    IngestService service = new IngestService(new TextAnalyzer(dictionary),
        new AnnotationStore(knowledgeBase.store.directory), knowledgeBase.corpus.directory, CrlmVersion.get());
    DocumentReader reader = new DocumentReader((long) (maxSizeMb * 1024 * 1024));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] failed = {0};
    ParallelIngest.run(files, file -> service.ingest(reader.read(file)), threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors(), outcome -> {
      Path file = outcome.input();
      if (outcome.error() != null) {
        failed[0]++;
        err.println("crlm ingest: " + outcome.error().getMessage());
        return;
      }
      IngestResult result = outcome.result();
      out.printf("%s: %d sentences, %d mentions (%s), %d numeric claims, %d suggestions, %d relation suggestions in %d ms%n  graph <%s>%n  file %s%n",
          file, result.sentences(), result.mentionCount(), byCategory(result), result.claims(), result.suggestions(),
          result.relations(), result.millis(), result.graph(), result.file());
      result.warnings().forEach(warning -> err.printf("crlm ingest: warning: %s, %s%n", file, warning));
    });
    // The store's index (TDB2) is not brought up to date here: whoever opens it next (the server's
    // start, a command reading the store) reads the new files into it, and a single document's
    // ingest does not pay a database's start.
    out.flush();
    err.flush();
    if (failed[0] > 0) {
      err.printf("crlm ingest: %d of %d documents not ingested; the others are stored.%n", failed[0], files.size());
      err.flush();
      return 1;
    }
    return 0;
  }

  private static String byCategory(IngestResult result) {
    return result.mentions().entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private List<Path> documents() {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        files.addAll(DocumentReader.documentsIn(input, true));
      } else {
        files.add(input);
      }
    }
    if (files.isEmpty()) {
      throw new CrlmException("No .txt or .md documents in %s.".formatted(inputs));
    }
    return files;
  }
}
