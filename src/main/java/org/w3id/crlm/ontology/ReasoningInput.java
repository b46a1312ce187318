package org.w3id.crlm.ontology;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The part of the asserted graph that HermiT reasons over: the vocabulary (classes, properties and
 * their axioms) and the domain individuals (agents, regimens, variants, sites, cancers, TNM
 * classifications), with their labels for messages. Left out: records, that is individuals whose
 * asserted class is under {@code crlm:Record} (evidence, figures, rules, studies, events, and the
 * blank-node locators); annotations other than labels; axiom annotations; imports. Records need
 * no inference beyond the class and property hierarchies, and each of them would enlarge every
 * tableau HermiT builds, since the ontology uses nominals.
 *
 * @param graph what the OWL API loads, as one document
 * @param records the IRIs and blank nodes of the records
 */
public record ReasoningInput(Graph graph, Set<Node> records) {
  private static final Node RECORD = Crlm.RECORD.node();
  private static final Node ROOT = NodeFactory.createURI(Crlm.KNOWLEDGE_BASE);

  public static ReasoningInput from(Graph asserted) {
    Set<Node> recordClasses = subClassesOf(asserted, RECORD);
    Set<Node> records = new HashSet<>();
    asserted.find(Node.ANY, RDF.type.asNode(), Node.ANY)
        .filterKeep(t -> recordClasses.contains(t.getObject()))
        .forEach(t -> records.add(t.getSubject()));
    Set<Node> annotationProperties = new HashSet<>();
    asserted.find(Node.ANY, RDF.type.asNode(), OWL2.AnnotationProperty.asNode())
        .forEach(t -> annotationProperties.add(t.getSubject()));
    annotationProperties.remove(RDFS.label.asNode());
    Set<Node> axiomAnnotations = new HashSet<>();
    asserted.find(Node.ANY, RDF.type.asNode(), OWL2.Axiom.asNode()).forEach(t -> axiomAnnotations.add(t.getSubject()));
    // One document for the OWL API: only the root keeps its ontology header.
    asserted.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode())
        .filterDrop(t -> t.getSubject().equals(ROOT))
        .forEach(t -> axiomAnnotations.add(t.getSubject()));

    Graph graph = GraphFactory.createDefaultGraph();
    asserted.find().forEach((Triple t) -> {
      // List cells are kept whole: an owl:AllDifferent may name records too.
      boolean listCell = t.getPredicate().equals(RDF.first.asNode()) || t.getPredicate().equals(RDF.rest.asNode());
      boolean keep = (listCell || !records.contains(t.getSubject()) && !records.contains(t.getObject()))
          && !axiomAnnotations.contains(t.getSubject())
          && !annotationProperties.contains(t.getPredicate())
          && !t.getPredicate().equals(OWL2.imports.asNode())
          && !t.getPredicate().equals(RDFS.comment.asNode());
      if (keep) {
        graph.add(t);
      }
    });
    return new ReasoningInput(graph, records);
  }

  private static Set<Node> subClassesOf(Graph graph, Node root) {
    Set<Node> result = new HashSet<>();
    ArrayDeque<Node> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node next = todo.pop();
      if (result.add(next)) {
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), next).forEach(t -> todo.add(t.getSubject()));
      }
    }
    return result;
  }
}
