package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;

class ParallelIngestTest {
  @TempDir Path sequentialStore;
  @TempDir Path parallelStore;

  @Test
  void documentsIngestedOnTwoThreadsGiveTheFilesOfOneThreadAndOutcomesInInputOrder() throws IOException {
    TextAnalyzer analyzer = new TextAnalyzer(TestKnowledgeBase.get().dictionary());
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    List<TextDocument> documents = new ArrayList<>();
    for (Path file : DocumentReader.documentsIn(TestKnowledgeBase.corpusDirectory(), false)) {
      TextDocument original = reader.read(file);
      for (int copy = 0; copy < 3; copy++) {
        documents.add(reader.decode("copy" + copy + "-" + original.fileName(), original.text().getBytes()));
      }
    }
    IngestService sequential = new IngestService(analyzer, new AnnotationStore(sequentialStore), null, "test");
    IngestService parallel = new IngestService(analyzer, new AnnotationStore(parallelStore), null, "test");

    List<IngestResult> one = ParallelIngest.run(sequential, documents, 1);
    List<IngestResult> two = ParallelIngest.run(parallel, documents, 2);

    assertEquals(documents.stream().map(TextDocument::fileName).toList(), two.stream().map(IngestResult::fileName).toList());
    for (int i = 0; i < documents.size(); i++) {
      assertEquals(one.get(i).mentions(), two.get(i).mentions(), documents.get(i).fileName());
      assertEquals(withoutTimes(one.get(i).file()), withoutTimes(two.get(i).file()), documents.get(i).fileName());
    }
  }

  @Test
  void anInputThatFailsIsItsOutcomeAndTheOthersAreIngested() {
    TextAnalyzer analyzer = new TextAnalyzer(TestKnowledgeBase.get().dictionary());
    IngestService service = new IngestService(analyzer, new AnnotationStore(parallelStore), null, "test");
    DocumentReader reader = new DocumentReader(1 << 20);
    List<String> inputs = List.of("a.txt", "empty.txt", "c.txt");
    List<String> seen = new ArrayList<>();
    ParallelIngest.run(inputs, name -> {
      if (name.equals("empty.txt")) {
        throw new CrlmException("empty.txt is empty");
      }
      return service.ingest(reader.decode(name, "KRAS G12D rectal cancer.".getBytes()));
    }, 2, outcome -> seen.add(outcome.input() + " " + (outcome.error() == null ? outcome.result().mentionCount() : outcome.error().getMessage())));
    assertEquals(List.of("a.txt 3", "empty.txt empty.txt is empty", "c.txt 3"), seen);
  }

  /** The file's lines, but for the run's start and end times, which differ from run to run. */
  private static List<String> withoutTimes(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(line -> !line.contains("XMLSchema#dateTime")).toList();
  }
}
