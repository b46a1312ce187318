package org.w3id.crlm.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * The vocabulary the code relies on exists in the ontology as the kind the code expects: every
 * typed term of {@link Crlm}, and every crlm: name written in the code's SPARQL (Java sources and
 * .rq files). Renaming a term in Turtle alone fails here.
 */
class CrlmVocabularyTest {
  private static final Map<CrlmTerm.Kind, Node> DECLARATION = Map.of(
      CrlmTerm.Kind.CLASS, OWL2.Class.asNode(),
      CrlmTerm.Kind.OBJECT_PROPERTY, OWL2.ObjectProperty.asNode(),
      CrlmTerm.Kind.DATA_PROPERTY, OWL2.DatatypeProperty.asNode(),
      CrlmTerm.Kind.ANNOTATION_PROPERTY, OWL2.AnnotationProperty.asNode(),
      CrlmTerm.Kind.INDIVIDUAL, OWL2.NamedIndividual.asNode());
  private static Graph ontology;

  @BeforeAll
  static void read() {
    OntologyFiles files = OntologyFiles.in(TestKnowledgeBase.ontologyDirectory());
    ontology = AssertedGraphReader.read(files.all()).graph();
  }

  @Test
  void everyTypedTermIsDeclaredAsItsKind() throws IllegalAccessException {
    List<String> wrong = new ArrayList<>();
    List<CrlmTerm> terms = new ArrayList<>();
    for (Field field : Crlm.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == CrlmTerm.class) {
        terms.add((CrlmTerm) field.get(null));
      }
    }
    for (int grade = 0; grade <= 4; grade++) {
      terms.add(Crlm.ecog(grade));
    }
    for (CrlmTerm term : terms) {
      if (!ontology.contains(term.node(), RDF.type.asNode(), DECLARATION.get(term.kind()))) {
        wrong.add(term.localName() + " (" + term.kind() + ")");
      }
    }
    assertTrue(terms.size() > 80, "the typed terms were found: " + terms.size());
    assertEquals(List.of(), wrong, "terms of Crlm that the ontology does not declare as their kind");
  }

  @Test
  void everyCrlmNameInTheCodesQueriesIsATermOfTheOntology() throws IOException {
    // crlm:name, not urn:crlm:name nor a path such as crlm:graph/asserted; crlm:quote is a function, not a term.
    Pattern name = Pattern.compile("(?<![\\w:])crlm:([A-Za-z_][A-Za-z0-9_]*)(?![\\w/-])");
    Set<String> missing = new TreeSet<>();
    Path home = TestKnowledgeBase.home();
    List<Path> sources = new ArrayList<>();
    for (Path root : List.of(home.resolve("src/main/java"), home.resolve("src/main/resources"), home.resolve("queries"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".rq")).forEach(sources::add);
      }
    }
    for (Path source : sources) {
      Matcher m = name.matcher(Files.readString(source));
      while (m.find()) {
        Node term = org.apache.jena.graph.NodeFactory.createURI(Crlm.NS + m.group(1));
        if (!term.getURI().equals(Crlm.QUOTE_FUNCTION) && !ontology.find(term, Node.ANY, Node.ANY).hasNext()) {
          missing.add("crlm:" + m.group(1) + " in " + home.relativize(source));
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
