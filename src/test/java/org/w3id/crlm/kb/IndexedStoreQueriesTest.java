package org.w3id.crlm.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.query.QueryPolicy;
import org.w3id.crlm.query.QueryRunner;
import org.w3id.crlm.query.ResultFormat;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;

/**
 * With documents stored, their graphs are read from the index on disk, and {@code GRAPH ?g}
 * patterns are matched as quads across the index rather than graph by graph: every question of
 * queries/, and the patterns of {@code indexed-store-queries/} (a graph variable bound before,
 * inside a filter or optional part, repeated), give the same rows there as from a copy of the
 * same quads in Jena's own memory dataset.
 */
class IndexedStoreQueriesTest {
  private static final String SENTENCES = "queries/sentences-kras-mutation-and-anti-egfr-agent.rq";

  @TempDir Path store;

  @Test
  void everyQuestionGivesTheSameRowsAsTheSameQuadsInMemory() throws IOException {
    Path corpusFile = TestKnowledgeBase.corpusDirectory().resolve("003_cbdbd67247967b81.txt");
    ingest(corpusFile.getFileName().toString(), Files.readString(corpusFile));
    ingest("clinic-note.txt", "KRAS G12D was found in the biopsy, so cetuximab was not given. FOLFOX was started.");
    KnowledgeBase indexed = new SnapshotDirectory(store.resolve("snapshot"), notice -> {}).open(
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory()).withAnnotationStore(store), false);
    assertTrue(indexed.dataset().asDatasetGraph() instanceof IndexedDatasetGraph, "the stored graphs come from the index");
    assertSame(QuadPatternExecutor.FACTORY, QC.getFactory(indexed.dataset().getContext()), "GRAPH ?g is matched as quads");

    DatasetGraph copy = DatasetGraphFactory.create();
    Txn.executeRead(indexed.dataset(), () -> indexed.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
    QueryRunner fromIndex = new QueryRunner(indexed.dataset(), QueryPolicy.local());
    QueryRunner fromMemory = new QueryRunner(DatasetFactory.wrap(copy), QueryPolicy.local());

    List<String> compared = new ArrayList<>();
    for (Path folder : List.of(TestKnowledgeBase.home().resolve("queries"), TestKnowledgeBase.fixture("indexed-store-queries"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
          Query query = SparqlQueries.parse(Files.readString(file));
          List<String> expected = rows(fromMemory, query);
          if (folder.endsWith("indexed-store-queries") && !file.getFileName().toString().startsWith("same-variable")) {
            assertTrue(expected.size() > 1, file + " answers something: " + expected);
          }
          assertEquals(expected, rows(fromIndex, query), file.toString());
          compared.add(file.getFileName().toString());
        }
      }
    }
    assertEquals(48 + 5, compared.size(), compared::toString);

    List<String> sentences = rows(fromIndex, SparqlQueries.parse(Files.readString(TestKnowledgeBase.home().resolve(SENTENCES))));
    assertTrue(sentences.stream().anyMatch(row -> row.startsWith("<https://w3id.org/crlm/doc/clinic-note>\t0\t")), sentences::toString);
    assertTrue(sentences.stream().anyMatch(row -> row.startsWith("<https://w3id.org/crlm/doc/003_cbdbd67247967b81>")), sentences::toString);
  }

  private void ingest(String name, String text) {
    new IngestService(new TextAnalyzer(TestKnowledgeBase.get().dictionary()), new AnnotationStore(store), null, "test")
        .ingest(new DocumentReader(1 << 20).decode(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The rows as text, sorted, blank node labels (which each run makes its own) left out. */
  private static List<String> rows(QueryRunner runner, Query query) {
    ResultFormat format = query.isSelectType() || query.isAskType() ? ResultFormat.TSV : ResultFormat.NTRIPLES;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(Duration.ofSeconds(60))) {
      runner.run(query, format, out, deadline);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8).replaceAll("_:[A-Za-z0-9]+", "_:").lines().sorted().toList();
  }
}
