package org.w3id.crlm.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.query.SparqlQueries;

/** What stops the build of the knowledge base, and what must not. */
class BuildGatesTest {

  private static KnowledgeBaseBuilder builderWith(String fixture) {
    return new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withExtraFile(TestKnowledgeBase.fixture(fixture));
  }

  @Test
  void aLocatorThatNoLongerMatchesStopsTheBuildNamingTheFactDocumentAndOffsets() {
    CrlmException e = assertThrows(CrlmException.class, () -> builderWith("stale-locator.ttl").build());
    assertTrue(e.getMessage().startsWith("1 of "), e.getMessage());
    assertTrue(e.getMessage().contains("https://w3id.org/crlm/evidence/test-stale: 002_99b98df18908f3a3.txt characters"
        + " 1075-1216 no longer match"), e.getMessage());
  }

  @Test
  void aMissingCorpusStopsTheBuildNamingTheDirectory(@TempDir Path dir) {
    CrlmException e = assertThrows(CrlmException.class, () ->
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), dir.resolve("no-corpus")).build());
    assertTrue(e.getMessage().startsWith("Corpus directory not found: " + dir.resolve("no-corpus")), e.getMessage());
  }

  @Test
  void aShapeViolationStopsTheBuildWithAReadableReport() {
    CrlmException e = assertThrows(CrlmException.class, () -> builderWith("one-agent-regimen.ttl").build());
    assertTrue(e.getMessage().startsWith("The knowledge base breaks 1 rule(s) of "), e.getMessage());
    assertTrue(e.getMessage().contains("crlm:test-lonely-regimen: Every regimen has at least two components"
        + " (crlm:hasComponent), unless it is a crlm:UnspecifiedRegimen"), e.getMessage());
  }

  @Test
  void anXsdDateInATimelineDoesNotStopTheReasoner() {
    KnowledgeBase kb = builderWith("xsd-date-event.ttl").build();
    String query = "SELECT ?date WHERE { crlm:test-dated-event crlm:startDate ?date ; a crlm:ClinicalEvent }";
    String date = Txn.calculateRead(kb.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(kb.dataset()).query(SparqlQueries.parse(query)).build()) {
        return qe.execSelect().next().getLiteral("date").getLexicalForm();
      }
    });
    assertEquals("2015-10-12", date);
  }

  @Test
  void quotesAreReadFromTheCorpusWhenAQueryAsksForThem() {
    String query = """
        SELECT ?quote WHERE {
          ev:002-kras-egfr-inhibitors-ineffective prov:wasDerivedFrom/crlm:fileName ?file ;
              crlm:hasLocator [ oa:start ?start ; oa:end ?end ] .
          BIND (crlm:quote(?file, ?start, ?end) AS ?quote)
        }""";
    KnowledgeBase kb = TestKnowledgeBase.get();
    String quote = Txn.calculateRead(kb.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(kb.dataset()).query(SparqlQueries.parse(query)).build()) {
        return qe.execSelect().next().getLiteral("quote").getString();
      }
    });
    assertTrue(quote.startsWith("Critical pitfall: EGFR inhibitors"), quote);
    assertTrue(quote.endsWith("before considering these agents."), quote);
  }
}
