package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;

/** Content negotiation: each Accept header of negotiation/accept.tsv beside the format it must choose. */
class AcceptHeaderTest {
  private static final List<String> OFFERED = List.of("application/sparql-results+json", "application/sparql-results+xml",
      "text/csv", "text/tab-separated-values");

  @TestFactory
  Stream<DynamicTest> choosesTheFormatTheClientPrefers() throws IOException {
    return Files.readAllLines(TestKnowledgeBase.home().resolve("src/test/resources/negotiation/accept.tsv")).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> {
          String[] cells = line.split("\t", 2);
          String header = cells[0].equals("<empty>") ? "" : cells[0];
          return DynamicTest.dynamicTest("Accept: " + cells[0], () ->
              assertEquals(cells[1], AcceptHeader.of(header).choose(OFFERED).orElse("none")));
        });
  }
}
