package org.w3id.crlm.figures;

import static org.w3id.crlm.query.GraphRows.select;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.reasoning.ReasonedOntology;
import org.w3id.crlm.reasoning.StratumClassifier;
import org.w3id.crlm.reasoning.StratumClassifier.Stratum;

/**
 * Runs the figure comparator over the reasoned knowledge base and renders its findings as RDF,
 * so that SPARQL (the disagreement queries, a peer store given the same data), the checker and
 * the web UI all read the same findings.
 */
public final class FigureComparisons {
  private FigureComparisons() {}

  /** The comparator's findings over the figures of {@code graph} (the reasoned default graph). */
  public static List<FigureComparison> of(Graph graph, ReasonedOntology reasoned) {
    List<Figure> figures = FigureReader.read(graph);
    FigureComparator comparator = new FigureComparator(hierarchy(graph), timePoints(graph), strata(graph), new StratumClassifier(reasoned),
        UnitConverter.ucum(), labels(graph));
    return comparator.compare(figures);
  }

  /** The findings as triples of the comparisons graph. */
  public static Graph render(List<FigureComparison> comparisons) {
    Graph graph = GraphFactory.createDefaultGraph();
    for (FigureComparison c : comparisons) {
      Node node = NodeFactory.createURI(Crlm.COMPARISON_NS + id(c.first()) + "--" + id(c.second()));
      graph.add(Triple.create(node, RDF.type.asNode(), Crlm.FIGURE_COMPARISON.node()));
      graph.add(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralString(
          "%s: %s / %s".formatted(c.verdict().label(), nameOf(c.first()), nameOf(c.second())))));
      graph.add(Triple.create(node, Crlm.VERDICT.node(), NodeFactory.createURI(Crlm.NS + c.verdict().localName())));
      Node first = NodeFactory.createURI(c.first().iri());
      Node second = NodeFactory.createURI(c.second().iri());
      graph.add(Triple.create(node, Crlm.FIRST_FIGURE.node(), first));
      graph.add(Triple.create(node, Crlm.SECOND_FIGURE.node(), second));
      graph.add(Triple.create(node, Crlm.COMPARES_FIGURE.node(), first));
      graph.add(Triple.create(node, Crlm.COMPARES_FIGURE.node(), second));
      graph.add(Triple.create(node, Crlm.WITHIN_DOCUMENT.node(),
          NodeFactory.createLiteralDT(Boolean.toString(c.withinDocument()), XSDDatatype.XSDboolean)));
      for (String step : c.steps()) {
        graph.add(Triple.create(node, Crlm.REASONING_STEP.node(), NodeFactory.createLiteralString(step)));
      }
    }
    return graph;
  }

  /** The figure's IRI's last segment: figure IRIs are minted as the figure namespace plus one segment. */
  private static String id(Figure figure) {
    return figure.iri().substring(figure.iri().lastIndexOf('/') + 1);
  }

  private static String nameOf(Figure figure) {
    return figure.label() == null ? id(figure) : figure.label();
  }

  private static final String SUBCLASSES = """
      SELECT DISTINCT ?sub ?sup WHERE {
        { ?f1 a crlm:ReportedFigure ; crlm:population ?sub } { ?f2 a crlm:ReportedFigure ; crlm:population ?sup }
        ?sub rdfs:subClassOf ?sup }""";

  private static PopulationHierarchy hierarchy(Graph graph) {
    Set<PopulationHierarchy.Pair> pairs = new HashSet<>();
    select(graph, SUBCLASSES, row -> pairs.add(new PopulationHierarchy.Pair(
        row.getResource("sub").getURI(), row.getResource("sup").getURI())));
    return new PopulationHierarchy(pairs);
  }

  private static TimePoints timePoints(Graph graph) {
    Set<PopulationHierarchy.Pair> pairs = new HashSet<>();
    select(graph, "SELECT ?a ?b WHERE { ?a crlm:withinTimePoint ?b }", row -> pairs.add(new PopulationHierarchy.Pair(
        row.getResource("a").getURI(), row.getResource("b").getURI())));
    return new TimePoints(pairs);
  }

  /**
   * The stratum each feature of a figure stands for: a molecular feature or a metastatic site the
   * cancer has, or, for an unspecified variant (crlm:standsForAnyOf), any member of its class.
   */
  private static final String FEATURES = """
      SELECT DISTINCT ?feature ?anyOf ?molecular ?site WHERE {
        ?figure a crlm:ReportedFigure ; crlm:aboutFeature ?feature .
        OPTIONAL { ?feature crlm:standsForAnyOf ?anyOf }
        BIND (EXISTS { ?feature a crlm:MolecularFeature } AS ?molecular)
        BIND (EXISTS { ?feature a crlm:AnatomicalSite } AS ?site)
      }""";

  private static Map<String, Stratum> strata(Graph graph) {
    Map<String, Stratum> strata = new LinkedHashMap<>();
    select(graph, FEATURES, row -> {
      String feature = row.getResource("feature").getURI();
      String anyOf = row.contains("anyOf") ? row.getResource("anyOf").getURI() : null;
      if (anyOf != null || row.getLiteral("molecular").getBoolean()) {
        strata.put(feature, new Stratum(Crlm.HAS_MOLECULAR_FEATURE.iri(), anyOf == null ? feature : null, anyOf));
      } else if (row.getLiteral("site").getBoolean()) {
        strata.put(feature, new Stratum(Crlm.HAS_METASTASIS_SITE.iri(), feature, null));
      }
    });
    return strata;
  }

  private static final String LABELS = """
      SELECT ?x ?label WHERE { ?x rdfs:label ?label . FILTER (isIRI(?x)) }""";

  private static Map<String, String> labels(Graph graph) {
    Map<String, String> labels = new LinkedHashMap<>();
    select(graph, LABELS, row -> labels.putIfAbsent(row.getResource("x").getURI(), row.getLiteral("label").getLexicalForm()));
    return labels;
  }

}
