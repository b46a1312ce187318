package org.w3id.crlm.explain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.ReasoningInput;
import org.w3id.crlm.query.SparqlQueries;

/**
 * The evidence each axiom was stated on. The reasoner's ontology has no axiom annotations (the
 * reasoning input leaves them out), so this index reads them separately: the reasoning input with
 * the files' owl:Axiom annotation blocks, parsed by the OWL API, keyed by the axiom without its
 * annotations. An axiom stated twice (in two documents) collects the evidence of both. An
 * assertion about an individual with no evidence of its own takes the evidence given for the
 * individual (a case's final diagnosis, for its findings). Never given to the reasoner: the OWL
 * API rebuilds an axiom from an annotation block alone, which would bring records in.
 */
public final class ProvenanceIndex {
  private static final String HAS_EVIDENCE = Crlm.HAS_EVIDENCE.iri();
  private static final String EVIDENCE = """
      SELECT ?item ?label ?file ?start ?end ?level ?levelLabel ?rank
          (GROUP_CONCAT(DISTINCT ?qualifierLabel; separator="|") AS ?qualifiers) WHERE {
        ?item crlm:evidenceLevel ?level .
        OPTIONAL { ?item crlm:qualifier/rdfs:label ?qualifierLabel }
        OPTIONAL { ?item rdfs:label ?label }
        OPTIONAL { ?item prov:wasDerivedFrom/crlm:fileName ?file }
        OPTIONAL { ?item crlm:hasLocator ?locator . ?locator oa:start ?start ; oa:end ?end }
        OPTIONAL { ?level rdfs:label ?levelLabel }
        OPTIONAL { ?level crlm:levelRank ?rank }
      } GROUP BY ?item ?label ?file ?start ?end ?level ?levelLabel ?rank""";

  private final Map<OWLAxiom, Set<String>> itemsByAxiom;
  private final Map<String, Set<String>> itemsByIndividual;
  private final Map<String, EvidenceSource> sources;
  private final Map<String, Integer> ranks;

  private ProvenanceIndex(Map<OWLAxiom, Set<String>> itemsByAxiom, Map<String, Set<String>> itemsByIndividual,
      Map<String, EvidenceSource> sources, Map<String, Integer> ranks) {
    this.itemsByAxiom = itemsByAxiom;
    this.ranks = ranks;
    this.itemsByIndividual = itemsByIndividual;
    this.sources = sources;
  }

  /**
   * The index of a knowledge base's dataset, built on first use (it takes about a second) and
   * kept; safe to share between threads.
   */
  public static Supplier<ProvenanceIndex> lazily(Dataset dataset) {
    return new Supplier<>() {
      private ProvenanceIndex index;

      @Override
      public synchronized ProvenanceIndex get() {
        if (index == null) {
          index = Txn.calculateRead(dataset, () -> build(dataset.getNamedModel(Crlm.ASSERTED_GRAPH).getGraph()));
        }
        return index;
      }
    };
  }

  /** Reads the index from the asserted graph (all files, records and annotations included). */
  public static ProvenanceIndex build(Graph asserted) {
    OWLOntology annotated = annotatedOntology(asserted);
    OWLAnnotationProperty hasEvidence = annotated.getOWLOntologyManager().getOWLDataFactory()
        .getOWLAnnotationProperty(IRI.create(HAS_EVIDENCE));
    Map<OWLAxiom, Set<String>> byAxiom = new HashMap<>();
    annotated.logicalAxioms().filter(OWLAxiom::isAnnotated).forEach(axiom -> axiom.annotations(hasEvidence)
        .map(a -> a.getValue().asIRI()).flatMap(Optional::stream).forEach(item ->
            byAxiom.computeIfAbsent(axiom.getAxiomWithoutAnnotations(), k -> new LinkedHashSet<>()).add(item.toString())));
    Map<String, Set<String>> byIndividual = new HashMap<>();
    asserted.find(Node.ANY, NodeFactory.createURI(HAS_EVIDENCE), Node.ANY)
        .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
        .forEach(t -> byIndividual.computeIfAbsent(t.getSubject().getURI(), k -> new LinkedHashSet<>()).add(t.getObject().getURI()));
    return new ProvenanceIndex(byAxiom, byIndividual, evidence(asserted), levels(asserted));
  }

  /**
   * The rank of an evidence level named by its label ("guideline", "randomized trial", any case)
   * or by its rank; an unknown name is an error listing the levels.
   */
  public int rankOf(String level) {
    String wanted = level.strip();
    if (wanted.matches("\\d+") && ranks.containsValue(Integer.parseInt(wanted))) {
      return Integer.parseInt(wanted);
    }
    return ranks.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(wanted)).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new CrlmException("Unknown evidence level '%s'. The levels, strongest first: %s.".formatted(level,
            ranks.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", ")))));
  }

  /** The evidence items named, with their documents and levels, best level first; unknown items are left out. */
  public List<EvidenceSource> sourcesOfItems(java.util.Collection<String> items) {
    List<EvidenceSource> found = new ArrayList<>();
    for (String item : items) {
      EvidenceSource source = sources.get(item);
      if (source != null) {
        found.add(source);
      }
    }
    found.sort(java.util.Comparator.comparingInt(EvidenceSource::levelRank));
    return found;
  }

  /** The evidence an axiom (without annotations) was stated on, best level first. */
  public List<EvidenceSource> sourcesOf(OWLAxiom axiom) {
    Set<String> items = itemsByAxiom.get(axiom);
    if (items == null) {
      items = subjectOf(axiom).map(itemsByIndividual::get).orElse(Set.of());
    }
    return sourcesOfItems(items);
  }

  private static Optional<String> subjectOf(OWLAxiom axiom) {
    if (axiom instanceof OWLClassAssertionAxiom a && a.getIndividual().isNamed()) {
      return Optional.of(((OWLNamedIndividual) a.getIndividual()).getIRI().toString());
    }
    if (axiom instanceof OWLObjectPropertyAssertionAxiom a && a.getSubject().isNamed()) {
      return Optional.of(((OWLNamedIndividual) a.getSubject()).getIRI().toString());
    }
    return Optional.empty();
  }

  /** The reasoning input with the owl:Axiom blocks of the asserted graph, parsed by the OWL API. */
  private static OWLOntology annotatedOntology(Graph asserted) {
    Graph graph = GraphFactory.createDefaultGraph();
    ReasoningInput.from(asserted).graph().find().forEach(graph::add);
    asserted.find(Node.ANY, RDF.type.asNode(), OWL2.Axiom.asNode()).forEach(block ->
        asserted.find(block.getSubject(), Node.ANY, Node.ANY)
            .filterDrop(t -> t.getPredicate().equals(RDFS.comment.asNode()))
            .forEach(graph::add));
    graph.add(NodeFactory.createURI(HAS_EVIDENCE), RDF.type.asNode(), OWL2.AnnotationProperty.asNode());
    ByteArrayOutputStream ntriples = new ByteArrayOutputStream();
    RDFDataMgr.write(ntriples, graph, Lang.NTRIPLES);
    try {
      return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(
          ntriples.toString(StandardCharsets.UTF_8), "urn:crlm:provenance", new NTriplesDocumentFormat(), null));
    } catch (OWLOntologyCreationException e) {
      throw new CrlmException("Cannot read the axiom annotations of the ontology: " + e.getMessage());
    }
  }

  private static Map<String, Integer> levels(Graph asserted) {
    Map<String, Integer> ranks = new java.util.TreeMap<>();
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(asserted))
        .query(SparqlQueries.parse("SELECT ?label ?rank WHERE { ?level a crlm:EvidenceLevel ; rdfs:label ?label ; crlm:levelRank ?rank }"))
        .build()) {
      qe.execSelect().forEachRemaining(row -> ranks.put(row.getLiteral("label").getString(), row.getLiteral("rank").getInt()));
    }
    return Map.copyOf(ranks);
  }

  private static List<String> qualifiers(org.apache.jena.query.QuerySolution row) {
    String joined = row.contains("qualifiers") ? row.getLiteral("qualifiers").getString() : "";
    return joined.isEmpty() ? List.of() : java.util.Arrays.stream(joined.split("\\|")).sorted().toList();
  }

  private static Map<String, EvidenceSource> evidence(Graph asserted) {
    Map<String, EvidenceSource> sources = new HashMap<>();
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(asserted))
        .query(SparqlQueries.parse(EVIDENCE)).build()) {
      qe.execSelect().forEachRemaining(row -> sources.putIfAbsent(row.getResource("item").getURI(), new EvidenceSource(
          row.getResource("item").getURI(),
          row.contains("label") ? row.getLiteral("label").getString() : null,
          row.contains("file") ? row.getLiteral("file").getString() : null,
          row.contains("start") ? row.getLiteral("start").getInt() : -1,
          row.contains("end") ? row.getLiteral("end").getInt() : -1,
          row.getResource("level").getURI(),
          row.contains("levelLabel") ? row.getLiteral("levelLabel").getString() : null,
          row.contains("rank") ? row.getLiteral("rank").getInt() : 0,
          qualifiers(row))));
    }
    return sources;
  }
}
