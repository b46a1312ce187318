package org.w3id.crlm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparqlQueriesTest {

  @Test
  void reportsTheLineAndColumnOfASyntaxError() {
    BadQueryException e = assertThrows(BadQueryException.class,
        () -> SparqlQueries.parse("SELECT ?x\nWHERE { ?x a crlm:Cancer \n FILTER( }"));
    assertEquals(3, e.line());
    assertEquals(10, e.column());
    assertTrue(e.getMessage().startsWith("SPARQL syntax error at line 3, column 10: Encountered "), e.getMessage());
  }

  @Test
  void refusesAnUpdateBecauseTheKnowledgeBaseIsReadOnly() {
    BadQueryException e = assertThrows(BadQueryException.class,
        () -> SparqlQueries.parse("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
    assertEquals("This is a SPARQL Update request. The knowledge base is read-only: only SELECT, ASK,"
        + " CONSTRUCT and DESCRIBE queries are run.", e.getMessage());
  }

  @Test
  void refusesAnEmptyQuery() {
    assertThrows(BadQueryException.class, () -> SparqlQueries.parse("  "));
  }

  @Test
  void knowsTheCrlmPrefixesWithoutDeclarations() {
    assertEquals("https://w3id.org/crlm/Cancer",
        SparqlQueries.parse("SELECT * { ?x a crlm:Cancer }").expandPrefixedName("crlm:Cancer"));
  }
}
