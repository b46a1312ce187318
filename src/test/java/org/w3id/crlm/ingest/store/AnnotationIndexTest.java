package org.w3id.crlm.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;

/**
 * The stored documents' graphs come from the store's index on disk, which follows the annotation
 * files: a new file is indexed, a changed one read again, a removed one dropped.
 */
class AnnotationIndexTest {
  private static final String COUNT = """
      SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/note> { ?s a crlm:Sentence } }""";
  private static final String NOTHING = """
      SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/never-stored> { ?s ?p ?o } }""";

  @TempDir Path store;

  @Test
  void theIndexFollowsTheAnnotationFiles() throws Exception {
    ingest("note.txt", "KRAS G12D was found. FOLFOX was given. The liver metastases shrank.");
    assertEquals(3, sentences(open()));
    assertTrue(Files.isRegularFile(store.resolve("index/tdb.lock")), "the index is a TDB2 database in the store");

    ingest("note.txt", "KRAS G12D was found. FOLFOX was given.");
    assertEquals(2, sentences(open()), "the changed file is read again");

    Files.delete(new AnnotationStore(store).annotationFile("note"));
    assertEquals(0, sentences(open()), "the graph of a removed file is dropped");
  }

  @Test
  void aGraphTheDatasetDoesNotHoldIsEmptyToAQuery() {
    ingest("note.txt", "KRAS G12D was found.");
    KnowledgeBase kb = open();
    assertEquals(0, count(kb, NOTHING));
  }

  private KnowledgeBase open() {
    return new SnapshotDirectory(store.resolve("snapshot"), notice -> {}).open(
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory()).withAnnotationStore(store), false);
  }

  private void ingest(String name, String text) {
    new IngestService(new TextAnalyzer(TestKnowledgeBase.get().dictionary()), new AnnotationStore(store), null, "test")
        .ingest(new DocumentReader(1 << 20).decode(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static long sentences(KnowledgeBase kb) {
    return count(kb, COUNT);
  }

  private static long count(KnowledgeBase kb, String query) {
    return Txn.calculateRead(kb.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(kb.dataset()).query(SparqlQueries.parse(query)).build()) {
        return qe.execSelect().next().getLiteral("n").getLong();
      }
    });
  }
}
