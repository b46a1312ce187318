package org.w3id.crlm.materialize;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.crlm.reasoning.ReasonedOntology;

/**
 * Turns what HermiT entails into RDF triples between named entities: the subclass closure,
 * equivalent classes, the sub-property closure, every type of every individual, object
 * property values and same-individual links. Triples already in the asserted graph are left
 * out, so the inferred graph holds exactly what reasoning added.
 */
public final class InferredGraphBuilder {
  private InferredGraphBuilder() {}

  /**
   * @param records the individuals kept out of reasoning (see ReasoningInput), to which only the
   *     class and property hierarchies apply
   */
  public static Graph build(ReasonedOntology reasoned, Graph asserted, Set<Node> records) {
    OWLOntology ontology = reasoned.ontology();
    OWLReasoner reasoner = reasoned.reasoner();
    Graph inferred = GraphFactory.createDefaultGraph();
    Sink sink = new Sink(inferred, asserted);

    ontology.classesInSignature(Imports.INCLUDED).filter(c -> !c.isBuiltIn()).forEach(c -> {
      named(reasoner.getSuperClasses(c, false).entities(), c)
          .forEach(sup -> sink.add(c, RDFS.subClassOf.asNode(), sup));
      named(reasoner.getEquivalentClasses(c).entities(), c)
          .forEach(eq -> sink.add(c, OWL2.equivalentClass.asNode(), eq));
    });

    ontology.objectPropertiesInSignature(Imports.INCLUDED).filter(p -> !p.isBuiltIn()).forEach(p ->
        reasoner.getSuperObjectProperties(p, false).entities()
            .filter(e -> e.isNamed() && !e.isOWLTopObjectProperty())
            .map(e -> e.asOWLObjectProperty())
            .filter(sup -> !sup.equals(p))
            .forEach(sup -> sink.add(p, RDFS.subPropertyOf.asNode(), sup)));

    records.forEach(record -> recordEntailments(ontology, reasoner, asserted, record, sink));

    ontology.individualsInSignature(Imports.INCLUDED).forEach(individual -> {
      named(reasoner.getTypes(individual, false).entities(), null)
          .forEach(type -> sink.add(individual, RDF.type.asNode(), type));
      reasoner.getSameIndividuals(individual).entities()
          .filter(same -> !same.equals(individual))
          .forEach(same -> sink.add(individual, OWL2.sameAs.asNode(), same));
      ontology.objectPropertiesInSignature(Imports.INCLUDED).filter(p -> !p.isBuiltIn())
          .forEach(property -> values(reasoner, individual, property)
              .forEach(value -> sink.add(individual, node(property), value)));
    });
    return inferred;
  }

  /**
   * A record is not realized: its types are its asserted classes and their inferred superclasses,
   * its values the asserted ones lifted along the inferred property hierarchy and inverses.
   */
  private static void recordEntailments(OWLOntology ontology, OWLReasoner reasoner, Graph asserted, Node record, Sink sink) {
    OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
    asserted.find(record, Node.ANY, Node.ANY).forEach(t -> {
      if (!t.getObject().isURI()) {
        return;
      }
      IRI object = IRI.create(t.getObject().getURI());
      if (t.getPredicate().equals(RDF.type.asNode())) {
        OWLClass type = df.getOWLClass(object);
        if (ontology.containsClassInSignature(object)) {
          named(reasoner.getSuperClasses(type, false).entities(), null)
              .forEach(sup -> sink.add(record, RDF.type.asNode(), node(sup)));
        }
        return;
      }
      IRI predicate = IRI.create(t.getPredicate().getURI());
      if (!ontology.containsObjectPropertyInSignature(predicate)) {
        return;
      }
      OWLObjectProperty property = df.getOWLObjectProperty(predicate);
      reasoner.getSuperObjectProperties(property, false).entities()
          .filter(e -> e.isNamed() && !e.isOWLTopObjectProperty())
          .forEach(sup -> sink.add(record, node(sup.asOWLObjectProperty()), t.getObject()));
      if (record.isURI()) {
        reasoner.getInverseObjectProperties(property).entities()
            .filter(e -> e.isNamed() && !e.equals(property))
            .forEach(inverse -> sink.add(t.getObject(), node(inverse.asOWLObjectProperty()), record));
      }
    });
  }

  private static Stream<OWLNamedIndividual> values(
      OWLReasoner reasoner, OWLNamedIndividual individual, OWLObjectProperty property) {
    return reasoner.getObjectPropertyValues(individual, property).entities();
  }

  private static Stream<OWLClass> named(Stream<OWLClass> classes, OWLClass self) {
    return classes.filter(c -> !c.isOWLThing() && !c.isOWLNothing() && !Objects.equals(c, self));
  }

  private static Node node(OWLEntity entity) {
    return NodeFactory.createURI(entity.getIRI().toString());
  }

  /** Adds a triple unless the asserted graph already has it. */
  private record Sink(Graph inferred, Graph asserted) {
    void add(OWLEntity subject, Node predicate, OWLEntity object) {
      add(node(subject), predicate, node(object));
    }

    void add(Node subject, Node predicate, Node object) {
      Triple triple = Triple.create(subject, predicate, object);
      if (!asserted.contains(triple)) {
        inferred.add(triple);
      }
    }
  }
}
