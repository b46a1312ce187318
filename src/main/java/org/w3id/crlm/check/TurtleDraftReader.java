package org.w3id.crlm.check;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * Reads a draft written in Turtle, in the ontology's vocabulary. Its crlm:Recommendation
 * individuals are the statements checked (crlm:population, crlm:recommendedIntervention,
 * crlm:strength, crlm:requiresTest, crlm:timing, and threshold rules by crlm:hasRule); every
 * other axiom (new classes of cancer, disjointness, subclass axioms) is merged with the
 * knowledge base for the consistency check. A crlm: term that neither the knowledge base nor
 * the draft defines is an error naming the closest known terms.
 */
public final class TurtleDraftReader {
  private static final String RECOMMENDATION = Crlm.RECOMMENDATION.iri();
  /** Far more than any draft needs (a class expression rarely goes five deep), far less than exhausts the parser's stack. */
  static final int MAX_NESTING = 64;

  private final TermIndex terms;
  private final OWLOntology base;

  public TurtleDraftReader(TermIndex terms, OWLOntology base) {
    this.terms = terms;
    this.base = base;
  }

  public Draft read(String text, String name) {
    int depth = TurtleNesting.depth(text);
    if (depth > MAX_NESTING) {
      throw new CrlmException(("%s nests blank nodes ([ ]) or lists (( )) %d levels deep, over the %d that drafts may use."
          + " Flatten it: give the nested nodes IRIs of their own.").formatted(name, depth, MAX_NESTING));
    }
    Graph graph = GraphFactory.createDefaultGraph();
    try {
      RDFParser.fromString(text, Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .prefixes(PrefixMapFactory.create(SparqlQueries.prefixes())).parse(graph);
    } catch (RiotException e) {
      throw new CrlmException("%s is not valid Turtle: %s. Fix the syntax at that line and column.".formatted(name, e.getMessage()));
    }
    refuseImports(graph, name);
    Set<Node> defined = new LinkedHashSet<>();
    graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> defined.add(t.getSubject()));
    checkTerms(graph, defined, name);

    Set<Node> records = new LinkedHashSet<>();
    List<DraftStatement> statements = new ArrayList<>();
    graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(RECOMMENDATION)).toList().forEach(t -> {
      records.add(t.getSubject());
      statements.add(statement(graph, t.getSubject(), name, records, defined));
    });
    List<String> declaredClasses = graph.find(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode())
        .filterKeep(t -> t.getSubject().isURI()).mapWith(t -> t.getSubject().getURI()).toList();
    if (statements.isEmpty() && declaredClasses.isEmpty()) {
      throw new CrlmException(name + " holds no crlm:Recommendation and defines no class: nothing to check.");
    }
    return new Draft(name, statements, axioms(graph, records, name), declaredClasses);
  }

  /**
   * A draft is checked as it is: an owl:imports would have the server fetch a URL or open a local
   * file of the requester's choosing, so it is refused, never followed.
   */
  private static void refuseImports(Graph graph, String name) {
    List<String> imports = graph.find(Node.ANY, OWL2.imports.asNode(), Node.ANY)
        .mapWith(t -> t.getObject().isURI() ? "<" + t.getObject().getURI() + ">" : t.getObject().toString()).toList();
    if (!imports.isEmpty()) {
      throw new CrlmException(("%s imports %s. A draft is checked on its own and its imports are never followed: copy the"
          + " axioms it needs into the draft and remove the owl:imports.").formatted(name, String.join(", ", imports)));
    }
  }

  private void checkTerms(Graph graph, Set<Node> defined, String name) {
    Set<String> unknown = new TreeSet<>();
    graph.find().forEach(t -> {
      for (Node node : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
        if (node.isURI() && node.getURI().startsWith(Crlm.NS) && !terms.isKnown(node.getURI()) && !defined.contains(node)) {
          unknown.add(node.getURI());
        }
      }
    });
    if (!unknown.isEmpty()) {
      String first = unknown.iterator().next();
      String local = first.substring(Crlm.NS.length());
      List<String> closest = terms.closestLabels(local.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' '));
      throw new CrlmException("%s uses %d term(s) of the crlm namespace that the knowledge base does not define: %s.%s"
          .formatted(name, unknown.size(), String.join(", ", unknown.stream().map(u -> "crlm:" + u.substring(Crlm.NS.length())).toList()),
              closest.isEmpty() ? "" : " For crlm:%s the closest known terms are: %s.".formatted(local,
                  String.join(", ", closest.stream().map(c -> "'" + c + "'").toList())))
          + " Use a term of the ontology, or define the new term in the draft (give it a type).");
    }
  }

  private DraftStatement statement(Graph graph, Node rec, String name, Set<Node> records, Set<Node> defined) {
    String where = rec.isURI() ? "<" + rec.getURI() + ">" : "a recommendation without IRI";
    String context = name + ", " + where;
    List<Term> population = new ArrayList<>();
    for (Node p : objects(graph, rec, Crlm.POPULATION)) {
      population.add(population(p, context + ", crlm:population", defined));
    }
    if (population.isEmpty()) {
      throw new CrlmException(context + ": give the population (crlm:population, a class of cancer).");
    }
    List<Term> interventions = new ArrayList<>();
    for (Node i : objects(graph, rec, Crlm.RECOMMENDED_INTERVENTION)) {
      interventions.add(term(i, context + ", crlm:recommendedIntervention", TermKind.INTERVENTION, TermKind.INTERVENTION_CLASS));
    }
    List<Node> strengths = objects(graph, rec, Crlm.STRENGTH);
    if (interventions.isEmpty() || strengths.size() != 1) {
      throw new CrlmException(context + ": give at least one crlm:recommendedIntervention and exactly one crlm:strength.");
    }
    Term strength = term(strengths.get(0), context + ", crlm:strength", TermKind.STRENGTH);
    List<Term> tests = new ArrayList<>();
    objects(graph, rec, Crlm.REQUIRES_TEST).forEach(n -> tests.add(term(n, context + ", crlm:requiresTest", TermKind.TEST)));
    List<Term> timings = new ArrayList<>();
    objects(graph, rec, Crlm.TIMING).forEach(n -> timings.add(term(n, context + ", crlm:timing", TermKind.TREATMENT_TIMING)));
    List<Term> liver = new ArrayList<>();
    List<DraftStatement.Threshold> thresholds = new ArrayList<>();
    for (Node rule : objects(graph, rec, Crlm.HAS_RULE)) {
      records.add(rule);
      objects(graph, rule, Crlm.APPLIES_TO_LIVER_CONDITION).forEach(n -> liver.add(term(n, context + ", rule", TermKind.LIVER_CONDITION)));
      for (Node quantity : objects(graph, rule, Crlm.CONSTRAINS_QUANTITY)) {
        Term q = term(quantity, context + ", rule", TermKind.QUANTITY);
        BigDecimal min = number(graph, rule, Crlm.MIN_VALUE);
        BigDecimal max = number(graph, rule, Crlm.MAX_VALUE);
        BigDecimal value = number(graph, rule, Crlm.VALUE);
        String comparator = objects(graph, rule, Crlm.COMPARATOR).stream().findFirst().map(n -> terms.label(n.getURI())).orElse(null);
        if (min != null) {
          thresholds.add(new DraftStatement.Threshold(q, ">=", min, ""));
        }
        if (max != null) {
          thresholds.add(new DraftStatement.Threshold(q, "<=", max, ""));
        }
        if (value != null && comparator != null) {
          thresholds.add(new DraftStatement.Threshold(q, comparator, value, ""));
        }
      }
    }
    String label = graph.find(rec, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
        .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse(where);
    return new DraftStatement(where, label, population, interventions, strength, thresholds, liver, timings, tests, List.of());
  }

  /** A class of cancer of the knowledge base, or one the draft itself defines, in any namespace. */
  private Term population(Node node, String where, Set<Node> defined) {
    if (node.isURI() && !terms.isKnown(node.getURI()) && defined.contains(node)) {
      String iri = node.getURI();
      return new Term(iri, iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1), TermKind.CANCER_CLASS);
    }
    return term(node, where, TermKind.CANCER_CLASS);
  }

  private Term term(Node node, String where, TermKind... kinds) {
    if (!node.isURI()) {
      throw new CrlmException(where + ": give an IRI of the ontology, not " + node);
    }
    return terms.resolve("<" + node.getURI() + ">", where, kinds);
  }

  private static List<Node> objects(Graph graph, Node subject, CrlmTerm property) {
    return graph.find(subject, property.node(), Node.ANY).mapWith(Triple::getObject).toList();
  }

  private static BigDecimal number(Graph graph, Node subject, CrlmTerm property) {
    return objects(graph, subject, property).stream().filter(Node::isLiteral)
        .map(n -> new BigDecimal(n.getLiteralLexicalForm())).findFirst().orElse(null);
  }

  /** The draft's axioms other than its recommendations and rules, typed by the knowledge base's declarations. */
  private List<OWLAxiom> axioms(Graph graph, Set<Node> records, String name) {
    Graph owl = GraphFactory.createDefaultGraph();
    graph.find().forEach(t -> {
      if (!records.contains(t.getSubject()) && !records.contains(t.getObject())) {
        owl.add(t);
      }
    });
    Set<String> used = new TreeSet<>();
    owl.find().forEach(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).forEach(n -> {
      if (n.isURI()) {
        used.add(n.getURI());
      }
    }));
    for (String iri : used) {
      IRI owlIri = IRI.create(iri);
      Node node = NodeFactory.createURI(iri);
      if (base.containsClassInSignature(owlIri, Imports.INCLUDED)) {
        owl.add(node, RDF.type.asNode(), OWL2.Class.asNode());
      }
      if (base.containsObjectPropertyInSignature(owlIri, Imports.INCLUDED)) {
        owl.add(node, RDF.type.asNode(), OWL2.ObjectProperty.asNode());
      }
      if (base.containsDataPropertyInSignature(owlIri, Imports.INCLUDED)) {
        owl.add(node, RDF.type.asNode(), OWL2.DatatypeProperty.asNode());
      }
      if (base.containsIndividualInSignature(owlIri, Imports.INCLUDED)) {
        owl.add(node, RDF.type.asNode(), OWL2.NamedIndividual.asNode());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, owl, Lang.NTRIPLES);
    try {
      // No IRI mapper and no import is ever loaded: the draft's text is all that is read.
      OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
      manager.getIRIMappers().clear();
      OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new StringDocumentSource(
          out.toString(StandardCharsets.UTF_8), "urn:crlm:draft", new NTriplesDocumentFormat(), null),
          new OWLOntologyLoaderConfiguration().setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
              .setFollowRedirects(false));
      return ontology.axioms().filter(a -> a.isLogicalAxiom() || a.isOfType(org.semanticweb.owlapi.model.AxiomType.DECLARATION)).toList();
    } catch (OWLOntologyCreationException e) {
      throw new CrlmException("%s: its axioms cannot be read as OWL: %s".formatted(name, e.getMessage()));
    }
  }
}
