package org.w3id.crlm.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the served policy refuses before a query runs, and what an allow-list lets through. */
class QueryPolicyTest {
  private static final String SERVICE = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";

  @Test
  void refusesServiceWhereverItIs() {
    QueryPolicy served = QueryPolicy.served(Set.of());
    for (String query : java.util.List.of(SERVICE,
        "ASK { FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }")) {
      BadQueryException e = assertThrows(BadQueryException.class, () -> served.check(SparqlQueries.parse(query)));
      assertEquals("SERVICE <http://example.org/sparql> is refused: this server does not send queries to other endpoints."
          + " Run the federated query from your own client, with this endpoint as one of its services.", e.getMessage());
    }
  }

  @Test
  void anAllowListLetsItsEndpointsThroughAndNothingElse() {
    QueryPolicy allowing = QueryPolicy.served(Set.of("http://example.org/sparql"));
    assertDoesNotThrow(() -> allowing.check(SparqlQueries.parse(SERVICE)));
    BadQueryException other = assertThrows(BadQueryException.class, () -> allowing.check(SparqlQueries.parse(
        "SELECT * WHERE { SERVICE <http://other.example/sparql> { ?s ?p ?o } }")));
    assertEquals("SERVICE <http://other.example/sparql> is refused: this server does not send queries to other endpoints"
        + " except <http://example.org/sparql>. Run the federated query from your own client, with this endpoint as one of its"
        + " services.", other.getMessage());
    assertThrows(BadQueryException.class, () -> allowing.check(SparqlQueries.parse(
        "SELECT * WHERE { BIND(<http://example.org/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }")));
  }

  @Test
  void theCommandLineRunsTheUsersOwnFederatedQueries() {
    assertDoesNotThrow(() -> QueryPolicy.local().check(SparqlQueries.parse(SERVICE)));
  }
}
