package org.w3id.crlm.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.OntologyFiles;
import org.w3id.crlm.quality.OntologyQuality;

/** A release opens in an OWL tool as it is: one ontology each, versioned, with no import, the reasoned one with its entailments. */
class ReleaseTest {

  @Test
  void writesVersionedStandaloneOntologiesAndTheTermList(@TempDir Path dir) throws Exception {
    OntologyFiles files = OntologyFiles.in(TestKnowledgeBase.ontologyDirectory());
    List<Path> written = Release.write(TestKnowledgeBase.get(), files, AssertedGraphReader.read(files.all()), dir);
    assertEquals(List.of("crlm-vocabulary-0.2.0.owl", "crlm-vocabulary-0.2.0.ttl", "crlm-kb-0.2.0.owl", "crlm-kb-0.2.0.ttl",
        "crlm-terms-0.2.0.txt"), written.stream().map(p -> p.getFileName().toString()).toList());

    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology vocabulary = manager.loadOntologyFromOntologyDocument(dir.resolve("crlm-vocabulary-0.2.0.owl").toFile());
    assertEquals("https://w3id.org/crlm/ontology/0.2.0", vocabulary.getOntologyID().getVersionIRI().orElseThrow().toString());
    assertEquals(0, vocabulary.importsDeclarations().count());
    OWLDataFactory df = manager.getOWLDataFactory();
    assertTrue(vocabulary.containsClassInSignature(IRI.create("https://w3id.org/crlm/RectalCancerWithSynchronousMetastases")));
    assertEquals(0, vocabulary.individualsInSignature().filter(i -> i.getIRI().toString().contains("/evidence/")).count(),
        "the vocabulary carries no fact");

    OWLOntology kb = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(dir.resolve("crlm-kb-0.2.0.ttl").toFile());
    assertEquals("https://w3id.org/crlm/kb/0.2.0", kb.getOntologyID().getVersionIRI().orElseThrow().toString());
    assertTrue(kb.containsAxiom(df.getOWLObjectPropertyAssertionAxiom(
        df.getOWLObjectProperty(IRI.create("https://w3id.org/crlm/hasContraindicatedAgent")),
        df.getOWLNamedIndividual(IRI.create("https://w3id.org/crlm/case/003-cancer")),
        df.getOWLNamedIndividual(IRI.create("https://w3id.org/crlm/panitumumab")))), "an entailment is in the reasoned release");

    List<String> terms = Files.readAllLines(dir.resolve("crlm-terms-0.2.0.txt")).stream().filter(l -> !l.startsWith("#")).toList();
    List<String> previous = Files.readAllLines(files.directory().resolve(OntologyQuality.PREVIOUS_RELEASE_FILE)).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertTrue(terms.containsAll(previous), "no term of the previous release is gone");
  }
}
