package org.w3id.crlm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.GraphSelection;
import org.w3id.crlm.kb.KnowledgeBase;

/**
 * Every question in queries/ against its expected answer, found automatically: a new question
 * is the .rq file plus src/test/resources/query-answers/NAME.tsv (the answer on the whole
 * knowledge base) and NAME.asserted.tsv (the answer on the asserted statements alone, which
 * for a question answered by reasoning is the header only).
 */
class QueryAnswersTest {
  private static final Path QUERIES = TestKnowledgeBase.home().resolve("queries");
  private static final Path ANSWERS = TestKnowledgeBase.home().resolve("src/test/resources/query-answers");

  @TestFactory
  Stream<DynamicTest> everyQuestionGivesItsExpectedAnswer() throws IOException {
    return queryFiles().flatMap(rq -> {
      String name = rq.getFileName().toString().replace(".rq", "");
      return Stream.of(
          DynamicTest.dynamicTest(name + " (whole knowledge base)",
              () -> assertAnswer(rq, GraphSelection.UNION, ANSWERS.resolve(name + ".tsv"))),
          DynamicTest.dynamicTest(name + " (asserted statements only)",
              () -> assertAnswer(rq, GraphSelection.ASSERTED, ANSWERS.resolve(name + ".asserted.tsv"))));
    });
  }

  @TestFactory
  Stream<DynamicTest> everyQuestionOpensWithItsQuestionInEnglish() throws IOException {
    return queryFiles().map(rq -> DynamicTest.dynamicTest(rq.getFileName().toString(), () -> {
      String first = Files.readAllLines(rq).get(0);
      assertTrue(first.startsWith("# Question: ") && first.endsWith("?"),
          rq + " must open with '# Question: ...?', not: " + first);
    }));
  }

  private static Stream<Path> queryFiles() throws IOException {
    try (Stream<Path> files = Files.list(QUERIES)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
      assertTrue(list.size() >= 2, "queries/ holds the questions");
      return list.stream();
    }
  }

  private static void assertAnswer(Path rq, GraphSelection graph, Path expected) throws IOException {
    assertTrue(Files.isRegularFile(expected), "Missing expected answer " + expected + " for " + rq);
    KnowledgeBase kb = TestKnowledgeBase.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(Duration.ofSeconds(30))) {
      new QueryRunner(graph.view(kb.dataset()), QueryPolicy.served(java.util.Set.of()))
          .run(SparqlQueries.parse(Files.readString(rq)), ResultFormat.TSV, out, deadline);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8).strip(),
        out.toString(StandardCharsets.UTF_8).strip(), "Answer of " + rq + " on the " + graph + " graph");
  }
}
