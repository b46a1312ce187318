package org.w3id.crlm.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;

class OntologyFilesTest {

  @Test
  void namesTheFileLineAndColumnOfMalformedTurtle() {
    Path malformed = TestKnowledgeBase.fixture("malformed.ttl");
    MalformedOntologyException e = assertThrows(MalformedOntologyException.class, () ->
        new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory()).withExtraFile(malformed).build());
    assertTrue(e.getMessage().startsWith(malformed + ":7:"), e.getMessage());
    assertTrue(e.getMessage().contains("rdfs"), e.getMessage());
  }

  @Test
  void refusesAModuleFileThatTheRootDoesNotImport(@TempDir Path dir) throws IOException {
    copyOntology(dir);
    Files.writeString(dir.resolve("facts/forgotten.ttl"),
        "<https://w3id.org/crlm/ontology/facts/forgotten> a <http://www.w3.org/2002/07/owl#Ontology> .\n");
    MalformedOntologyException e = assertThrows(MalformedOntologyException.class,
        () -> new KnowledgeBaseBuilder(dir, TestKnowledgeBase.corpusDirectory()).build());
    assertEquals("These ontology files are not imported by kb.ttl: facts/forgotten.ttl"
        + " (<https://w3id.org/crlm/ontology/facts/forgotten>). Import a fact file from kb.ttl and a vocabulary module"
        + " from crlm.ttl (owl:imports of its ontology IRI).", e.getMessage());
  }

  @Test
  void refusesAMissingOntologyDirectory(@TempDir Path dir) {
    CrlmException e = assertThrows(CrlmException.class, () -> OntologyFiles.in(dir.resolve("nowhere")));
    assertTrue(e.getMessage().startsWith("Ontology directory not found: " + dir.resolve("nowhere")), e.getMessage());
  }

  private static void copyOntology(Path target) throws IOException {
    Path source = TestKnowledgeBase.ontologyDirectory();
    try (var files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
