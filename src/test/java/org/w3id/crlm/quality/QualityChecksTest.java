package org.w3id.crlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.MalformedOntologyException;
import org.w3id.crlm.ontology.OntologyFiles;

/**
 * Each check of the quality report finds the problem planted in its fixture
 * (src/test/resources/quality/CHECK/ontology) and gives exactly the rows of its expected.tsv; the
 * repository's ontology gives no ERROR row; an ERROR row stops the build.
 */
class QualityChecksTest {
  private static final Path FIXTURES = TestKnowledgeBase.home().resolve("src/test/resources/quality");

  @TestFactory
  Stream<DynamicTest> eachCheckReportsItsPlantedProblem() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    List<String> covered = cases.stream().map(p -> p.getFileName().toString()).toList();
    for (QualityCheck check : QualityChecks.all()) {
      assertTrue(covered.contains(check.name()), "no fixture plants a problem for " + check.name());
    }
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      OntologyFiles files = OntologyFiles.in(dir.resolve("ontology"));
      QualityReport report = OntologyQuality.report(files, AssertedGraphReader.read(files.all()));
      assertEquals(Files.readString(dir.resolve("expected.tsv")), report.toTsv());
    }));
  }

  @Test
  void theRepositoryOntologyHasNoErrorRow() {
    OntologyFiles files = OntologyFiles.in(TestKnowledgeBase.ontologyDirectory());
    QualityReport report = OntologyQuality.report(files, AssertedGraphReader.read(files.all()));
    assertEquals(List.of(), report.errors());
  }

  @Test
  void anErrorRowStopsTheBuildAndNamesIt() {
    MalformedOntologyException e = assertThrows(MalformedOntologyException.class, () ->
        new KnowledgeBaseBuilder(FIXTURES.resolve("term-outside-its-layer/ontology"), TestKnowledgeBase.corpusDirectory()).build());
    assertEquals("""
        The quality report of the ontology has 5 ERROR row(s); the build stops on them:
          term-outside-its-layer https://w3id.org/crlm/NEWGENE (http://www.w3.org/1999/02/22-rdf-syntax-ns#type; belongs in biomarkers.ttl) in facts/f.ttl
          term-outside-its-layer https://w3id.org/crlm/NEWGENE (http://www.w3.org/2000/01/rdf-schema#label; belongs in biomarkers.ttl) in facts/f.ttl
          term-outside-its-layer https://w3id.org/crlm/NewMeasure (http://www.w3.org/1999/02/22-rdf-syntax-ns#type; belongs in the vocabulary module of its kind) in facts/f.ttl
          term-outside-its-layer https://w3id.org/crlm/NewMeasure (http://www.w3.org/2000/01/rdf-schema#label; belongs in the vocabulary module of its kind) in facts/f.ttl
          term-outside-its-layer https://w3id.org/crlm/Rectum (http://www.w3.org/1999/02/22-rdf-syntax-ns#type; belongs in disease.ttl) in facts/f.ttl
        Run 'crlm report' for every row with its check's problem and solution.""", e.getMessage());
  }

  @Test
  void everyCheckSaysItsProblemSolutionAndLevel() {
    for (QualityCheck check : QualityChecks.all()) {
      assertTrue(check.problem().length() > 20 && check.solution().length() > 10, check.name());
    }
  }
}
