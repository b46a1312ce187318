package org.w3id.crlm.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;

/**
 * A store holding annotations under a corpus document's name, made from other text (an earlier
 * server's upload under that name did this), does not take the corpus document's sentences away.
 */
class AnnotationGraphsTest {
  private static final String SENTENCES = """
      SELECT (COUNT(?s) AS ?n) WHERE { GRAPH <https://w3id.org/crlm/graph/annotations/003_cbdbd67247967b81> { ?s a crlm:Sentence } }""";

  @Test
  void storedAnnotationsOfOtherTextUnderACorpusNameAreReplacedByTheCorpusDocuments(@TempDir Path store) {
    KnowledgeBase clean = TestKnowledgeBase.get();
    new IngestService(new TextAnalyzer(clean.dictionary()), new AnnotationStore(store), TestKnowledgeBase.corpusDirectory(), "test")
        .ingest(new DocumentReader(1 << 20).decode("003_cbdbd67247967b81.txt", "FOLFOX was given.".getBytes(StandardCharsets.UTF_8)));
    KnowledgeBase built = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withAnnotationStore(store).build();
    assertEquals(count(clean), count(built));
  }

  private static long count(KnowledgeBase kb) {
    return Txn.calculateRead(kb.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(kb.dataset())
          .query(org.w3id.crlm.query.SparqlQueries.parse(SENTENCES)).build()) {
        long n = qe.execSelect().next().getLiteral("n").getLong();
        if (n < 50) {
          throw new AssertionError("The corpus document has only " + n + " sentences");
        }
        return n;
      }
    });
  }
}
