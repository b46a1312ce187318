package org.w3id.crlm.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * The assertions a request about new individuals can depend on: reached forward, both ways
 * through inverse properties, from the request and the classes' nominals; the others' effect kept
 * as inferred types. Data: {@code reasoning/reachable-abox/} (a small ontology, a request, the
 * expected individuals and types).
 */
class ReachableAboxTest {
  private static final Path DIR = TestKnowledgeBase.home().resolve("src/test/resources/reasoning/reachable-abox");
  private static final String NS = "https://example.org/reachable#";

  @Test
  void keepsWhatTheRequestReachesAndTheTypesTheRestEntails() throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology kb = manager.loadOntologyFromOntologyDocument(DIR.resolve("kb.ttl").toFile());
    List<OWLAxiom> request = OWLManager.createOWLOntologyManager()
        .loadOntologyFromOntologyDocument(DIR.resolve("request.ttl").toFile()).axioms().toList();
    Reasoner classified = new Reasoner(new org.semanticweb.HermiT.Configuration(), kb);
    classified.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
    Map<String, String> expected = expected();
    ReachableAbox abox = new ReachableAbox(kb, typesOf(kb, classified));
    assertTrue(abox.applies(request), "a request of assertions only");

    List<OWLAxiom> kept = abox.axiomsFor(request);

    Set<String> reached = new TreeSet<>();
    kept.stream().filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes))
        .forEach(a -> a.individualsInSignature().forEach(i -> reached.add(i.getIRI().getShortForm())));
    assertEquals(expected.get("reached"), String.join(" ", reached));
    Set<String> typed = new TreeSet<>();
    Set<OWLAxiom> asserted = kb.axioms(Imports.INCLUDED).collect(Collectors.toSet());
    kept.stream().filter(a -> a.isOfType(AxiomType.CLASS_ASSERTION) && !asserted.contains(a))
        .forEach(a -> a.individualsInSignature().forEach(i -> typed.add(i.getIRI().getShortForm())));
    assertEquals(expected.get("typed"), String.join(" ", typed));
    assertEquals(expected.get("types"), typesOfTheCancer(kept, request));
    assertEquals(expected.get("types"), typesOfTheCancer(kb.axioms(Imports.INCLUDED).toList(), request),
        "the whole knowledge base gives the same types");
    assertTrue(kept.containsAll(kb.tboxAxioms(Imports.INCLUDED).toList()), "every class axiom is kept");
  }

  @Test
  void aRequestThatAddsClassAxiomsIsNotReduced() throws Exception {
    OWLOntology kb = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(DIR.resolve("kb.ttl").toFile());
    ReachableAbox abox = new ReachableAbox(kb, Map.of());
    var df = OWLManager.getOWLDataFactory();
    List<OWLAxiom> added = List.of(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(NS + "Cancer")),
        df.getOWLNamedIndividual(IRI.create(NS + "cancer2"))), df.getOWLSubClassOfAxiom(
        df.getOWLClass(IRI.create(NS + "Drug")), df.getOWLClass(IRI.create(NS + "Gene"))));
    assertFalse(abox.applies(added));
    assertTrue(abox.applies(added.subList(0, 1)));
  }

  /** The realized types of the knowledge base's individuals, as a build materializes them. */
  private static Map<OWLNamedIndividual, Set<OWLClass>> typesOf(OWLOntology kb, Reasoner realized) {
    Map<OWLNamedIndividual, Set<OWLClass>> types = new HashMap<>();
    kb.individualsInSignature().forEach(i -> types.put(i, realized.getTypes(i, false).entities().collect(Collectors.toSet())));
    return types;
  }

  private static String typesOfTheCancer(List<OWLAxiom> base, List<OWLAxiom> request) throws Exception {
    OWLOntology ontology = OWLManager.createOWLOntologyManager().createOntology(base.stream());
    ontology.getOWLOntologyManager().addAxioms(ontology, request.stream());
    Reasoner reasoner = new Reasoner(new org.semanticweb.HermiT.Configuration(), ontology);
    try {
      Set<String> types = new TreeSet<>();
      reasoner.getTypes(OWLManager.getOWLDataFactory().getOWLNamedIndividual(IRI.create(NS + "cancer1")), false)
          .entities().filter(c -> !c.isOWLThing()).forEach(c -> types.add(c.getIRI().getShortForm()));
      return String.join(" ", types);
    } finally {
      reasoner.dispose();
    }
  }

  private static Map<String, String> expected() throws IOException {
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("expected.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t", 2);
        rows.put(cells[0], cells[1]);
      }
    }
    return rows;
  }
}
