package org.w3id.crlm.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.search.EntitySearcher;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * Each axiom of {@code plain-words/axioms.ofn} in plain words, terms as [label]: the lines of
 * {@code plain-words/expected.txt}, one per axiom (sorted).
 */
class PlainWordsTest {
  private static final Path DIR = TestKnowledgeBase.home().resolve("src/test/resources/plain-words");

  @Test
  void eachKindOfAxiomReadsAsASentenceWithItsTermsKept() throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology = manager.loadOntologyFromOntologyDocument(DIR.resolve("axioms.ofn").toFile());
    PlainWords words = new PlainWords(entity -> label(ontology, entity), object -> "(" + object + ")");
    List<String> rendered = ontology.logicalAxioms()
        .map(axiom -> words.of(axiom).stream()
            .map(part -> part instanceof PlainWords.Term term ? "[" + term.label() + "]" : ((PlainWords.Text) part).text())
            .collect(Collectors.joining()))
        .sorted().toList();
    assertEquals(Files.readAllLines(DIR.resolve("expected.txt")).stream().sorted().toList(), rendered);
  }

  @Test
  void aTermKeepsItsIri() throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology = manager.loadOntologyFromOntologyDocument(DIR.resolve("axioms.ofn").toFile());
    PlainWords words = new PlainWords(entity -> label(ontology, entity), object -> "(" + object + ")");
    var assertion = ontology.axioms(org.semanticweb.owlapi.model.AxiomType.CLASS_ASSERTION).findFirst().orElseThrow();
    assertEquals(List.of(new PlainWords.Term("https://example.org/pw/panitumumab", "panitumumab"), new PlainWords.Text(" is an "),
        new PlainWords.Term("https://example.org/pw/Agent", "agent"), new PlainWords.Text(".")), words.of(assertion));
  }

  private static String label(OWLOntology ontology, OWLEntity entity) {
    return EntitySearcher.getAnnotationObjects(entity, ontology, ontology.getOWLOntologyManager().getOWLDataFactory().getRDFSLabel())
        .map(a -> a.getValue().asLiteral().map(l -> l.getLiteral()).orElse(""))
        .findFirst().orElse(entity.getIRI().getShortForm());
  }
}
