package org.w3id.crlm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * REGEX, REPLACE, fn:matches and fn:replace as the query policy runs them: the same answers as
 * Jena's own (regex/cases.tsv, with patterns given as constants and as values bound at run time),
 * and stopped at the deadline when a pattern backtracks without end.
 */
class CancellableRegexTest {
  private static final Dataset EMPTY = DatasetFactory.create();

  @TestFactory
  Stream<DynamicTest> answersAsJenaDoes() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(TestKnowledgeBase.home().resolve("src/test/resources/regex/cases.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String text = literal(c[0]);
      String pattern = literal(c[1]);
      String flags = literal(c[2]);
      String replacement = literal(c[3]);
      String expected = "m,x,fm,fx\r\n%s,%s,%s,%s\r\n".formatted(c[4], c[5], c[4], c[5]);
      String select = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?m ?x ?fm ?fx WHERE { ";
      String bindings = "BIND(REGEX(?t, ?p, ?f) AS ?m) BIND(REPLACE(?t, ?p, ?r, ?f) AS ?x)"
          + " BIND(fn:matches(?t, ?p, ?f) AS ?fm) BIND(fn:replace(?t, ?p, ?r, ?f) AS ?fx) }";
      String bound = select + "VALUES (?t ?p ?f ?r) { (%s %s %s %s) } ".formatted(text, pattern, flags, replacement) + bindings;
      String constant = select + bindings.replace("?t", text).replace("?p", pattern).replace("?f,", flags + ",")
          .replace("?f)", flags + ")").replace("?r", replacement);
      tests.add(DynamicTest.dynamicTest(line.replace('\t', '|') + " (bound)", () -> {
        assertEquals(expected, ours(bound));
        assertEquals(expected, jena(bound));
      }));
      tests.add(DynamicTest.dynamicTest(line.replace('\t', '|') + " (constant)", () -> {
        assertEquals(expected, ours(constant));
        assertEquals(expected, jena(constant));
      }));
    }
    return tests.stream();
  }

  @Test
  void aPatternThatBacktracksWithoutEndIsStoppedAtTheDeadline() {
    for (String query : List.of(
        "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^((a+)+)+$\")) }",
        "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^((a+)+)+$\", \"\") AS ?x) WHERE {}",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(fn:matches(?s, \"^((a+)+)+$\")) }",
        "SELECT ?s WHERE { VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } }"
            + " ORDER BY (REGEX(?s, \"^((a+)+)+$\"))")) {
      long start = System.nanoTime();
      DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> ours(query, Duration.ofMillis(500)), query);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals("The query was stopped at the time limit of 500 ms; nothing was changed.", e.getMessage());
      assertTrue(millis < 1_500, query + " stopped after " + millis + " ms");
    }
  }

  @Test
  void concatAnswersAsJenaDoesAndMakesNoStringOverTheBound() {
    String query = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?a ?b ?c ?d WHERE {"
        + " VALUES (?x ?y) { (\"KRAS\"@en \" G12D\"@en) (\"stage\" \" IV\"@en) (\"1\" 2) }"
        + " BIND(CONCAT(?x, ?y) AS ?a) BIND(fn:concat(?x, ?y) AS ?b) BIND(CONCAT(\"a\", \"b\"@en) AS ?c)"
        + " BIND(CONCAT(?x, ?x, ?x) AS ?d) }";
    assertEquals("a,b,c,d\r\nKRAS G12D,KRAS G12D,ab,KRASKRASKRAS\r\nstage IV,stage IV,ab,stagestagestage\r\n,12,ab,111\r\n", ours(query));
    assertEquals(jena(query), ours(query));
    String half = "SELECT (STRLEN(?v20) AS ?n) WHERE { BIND(\"a\" AS ?v0) "
        + java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "BIND(CONCAT(?v%d, ?v%d) AS ?v%d)".formatted(i - 1, i - 1, i))
            .reduce("", String::concat) + " }";
    assertEquals("n\r\n1048576\r\n", ours(half));
    assertEquals("n\r\n\r\n", ours(half.replace("?v20) AS ?n", "?v21) AS ?n")));
  }

  private static String ours(String query) {
    return ours(query, Duration.ofSeconds(10));
  }

  private static String ours(String query, Duration limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(limit)) {
      new QueryRunner(EMPTY, QueryPolicy.served(Set.of())).run(SparqlQueries.parse(query), ResultFormat.CSV, out, deadline);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String jena(String query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QueryExecution execution = QueryExecution.dataset(EMPTY).query(query).build()) {
      ResultSetFormatter.outputAsCSV(out, execution.execSelect());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String literal(String text) {
    return "\"" + FmtUtils.stringEsc(text, true) + "\"";
  }
}
