package org.w3id.crlm.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.OntologyFiles;

/**
 * TNM strings as written, each beside what it must be read as (or the error it must give) and
 * the warnings it calls for: src/test/resources/staging/tnm-strings.tsv. The parser reads the
 * categories from the ontology's asserted statements, so a category is valid because the
 * vocabulary defines it, and non-AJCC because the vocabulary types it so.
 */
class TnmParserTest {
  private static final Path TABLE = TestKnowledgeBase.home().resolve("src/test/resources/staging/tnm-strings.tsv");
  private static TnmParser parser;

  @BeforeAll
  static void readCategories() {
    parser = new TnmParser(TnmCategories.from(
        AssertedGraphReader.read(OntologyFiles.in(TestKnowledgeBase.ontologyDirectory()).all()).graph()));
  }

  @TestFactory
  Stream<DynamicTest> everyStringIsReadAsItsRowSays() throws IOException {
    return Files.readAllLines(TABLE).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", -1))
        .map(cols -> DynamicTest.dynamicTest(cols[0], () -> assertEquals(cols[1] + "\t" + cols[2], read(cols[0]))));
  }

  private static String read(String text) {
    try {
      TnmClassification tnm = parser.parse(text);
      return tnm + "\t" + String.join(" | ", parser.warnings(tnm));
    } catch (TnmParseException e) {
      return "error\t" + e.getMessage();
    }
  }
}
