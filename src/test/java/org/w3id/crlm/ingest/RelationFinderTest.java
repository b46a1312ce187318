package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.ingest.relate.RelationFinder;
import org.w3id.crlm.ingest.claims.NumericClaimFinder;
import org.w3id.crlm.ingest.text.SentenceSegmenter;
import org.w3id.crlm.ontology.Crlm;

/** Each sentence of relations/sentences.tsv gives the relations beside it, with the ontology's dictionary. */
class RelationFinderTest {
  private static EntityMatcher matcher;
  private static RelationFinder finder;

  @BeforeAll
  static void dictionary() {
    var kb = TestKnowledgeBase.get();
    matcher = new EntityMatcher(kb.dictionary());
    finder = new RelationFinder(kb.dictionary());
  }

  @TestFactory
  Stream<DynamicTest> eachSentenceGivesItsRelations() throws IOException {
    Path file = TestKnowledgeBase.home().resolve("src/test/resources/relations/sentences.tsv");
    return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.startsWith("text\t") && !l.isBlank())
        .map(l -> l.replace("\\n", "\n").split("\t"))
        .map(f -> DynamicTest.dynamicTest(f[0], () -> assertEquals(
            f[1].equals("-") ? List.of() : List.of(f[1].split(" \\| ")), relations(f[0]))));
  }

  private static List<String> relations(String text) {
    var sentences = new SentenceSegmenter().sentences(text);
    return finder.find(text, sentences, matcher.mentions(text), new NumericClaimFinder().find(text)).stream()
        .map(r -> r.kind() + " " + r.subject().entities().get(0).replace(Crlm.NS, "") + " "
            + (r.object() == null ? "-" : r.object().entities().get(0).replace(Crlm.NS, "")))
        .toList();
  }
}
