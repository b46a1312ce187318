package org.w3id.crlm.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.profile.ProfileFixture;
import org.w3id.crlm.query.SparqlQueries;

/**
 * A cohort's answers as a named graph: the questions of {@code cohort/graph/NAME.rq}, asked of the
 * knowledge base with the graph of the mixed cohort ({@code cohort/mixed.ndjson}) beside it, give
 * the rows of {@code NAME.expected.tsv}.
 */
class CohortGraphTest {
  private static Dataset dataset;

  @BeforeAll
  static void cohortGraph(@TempDir Path store) throws Exception {
    ProfileFixture fixture = new ProfileFixture();
    Path dir = TestKnowledgeBase.home().resolve("src/test/resources/cohort");
    try (CohortGraph graph = new CohortGraph(store, "mixed");
        LocalEngine engine = new LocalEngine(fixture.reader, fixture.service, 6, Duration.ofSeconds(120), 2)) {
      new CohortRunner(fixture.reader, engine, 2).run(new BufferedReader(new StringReader(Files.readString(dir.resolve("mixed.ndjson")))), "mixed.ndjson", graph::write);
      graph.complete();
    }
    dataset = DatasetFactory.createGeneral();
    Dataset kb = TestKnowledgeBase.get().dataset();
    Txn.executeRead(kb, () -> dataset.getDefaultModel().add(kb.getDefaultModel()));
    assertEquals(1, org.w3id.crlm.kb.StoredCohortGraphs.addTo(dataset, store));
  }

  static Stream<Path> questions() throws Exception {
    return Files.list(TestKnowledgeBase.home().resolve("src/test/resources/cohort/graph")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("questions")
  void theCohortsGraphAnswersItsQuestion(Path question) throws Exception {
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(SparqlQueries.parse(Files.readString(question))).build()) {
      var results = qe.execSelect();
      results.forEachRemaining(row -> rows.add(String.join("\t", results.getResultVars().stream()
          .map(v -> text(row.get(v))).toList())));
    }
    Path expected = question.resolveSibling(question.getFileName().toString().replace(".rq", ".expected.tsv"));
    assertEquals(Files.readString(expected).strip(), String.join("\n", rows));
  }

  private static String text(RDFNode node) {
    return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }

  @Test
  void aNameThatCannotBeAnIriOrFileNameIsRefused(@TempDir Path store) {
    CrlmException e = assertThrows(CrlmException.class, () -> new CohortGraph(store, "../x"));
    assertEquals("'../x' is not a cohort name: use letters, digits, '.', '-' and '_' (up to 100), starting with a letter or digit.",
        e.getMessage());
  }
}
