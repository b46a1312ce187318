package org.w3id.crlm.figures;

import static org.w3id.crlm.query.GraphRows.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.w3id.crlm.figures.FigureComparison.Verdict;
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
  /** The order findings are listed in: conflicts first, then by the figures' IRIs. */
  private static final Comparator<FigureComparison> ORDER = Comparator.comparing(FigureComparison::verdict)
      .thenComparing(c -> c.first().iri()).thenComparing(c -> c.second().iri());

  private FigureComparisons() {}

  /** The comparator's findings over the figures of {@code graph} (the reasoned default graph). */
  public static List<FigureComparison> of(Graph graph, ReasonedOntology reasoned) {
    List<Figure> figures = FigureReader.read(graph);
    FigureComparator comparator = new FigureComparator(hierarchy(graph), timePoints(graph), strata(graph), new StratumClassifier(reasoned),
        UnitConverter.ucum(), labels(graph));
    return comparator.compare(figures).stream().sorted(ORDER).toList();
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
      for (int i = 0; i < c.steps().size(); i++) {
        graph.add(Triple.create(node, Crlm.REASONING_STEP.node(), NodeFactory.createLiteralString((i + 1) + ". " + c.steps().get(i))));
      }
    }
    return graph;
  }

  private static final String FINDINGS = """
      SELECT ?comparison ?first ?second ?verdict WHERE {
        ?comparison a crlm:FigureComparison ; crlm:firstFigure ?first ; crlm:secondFigure ?second ; crlm:verdict ?verdict }""";
  private static final Pattern NUMBERED_STEP = Pattern.compile("^(\\d+)\\. (.*)$", Pattern.DOTALL);

  /**
   * The findings as {@link #render} wrote them into {@code graph}, in the comparator's order (by
   * verdict, then by the figures' IRIs), with their figures read again from the same graph.
   */
  public static List<FigureComparison> read(Graph graph) {
    Map<String, Figure> figures = new HashMap<>();
    FigureReader.read(graph).forEach(f -> figures.put(f.iri(), f));
    Map<String, Verdict> verdicts = new HashMap<>();
    for (Verdict v : Verdict.values()) {
      verdicts.put(Crlm.NS + v.localName(), v);
    }
    List<FigureComparison> found = new ArrayList<>();
    select(graph, FINDINGS, row -> {
      Node comparison = row.getResource("comparison").asNode();
      SortedMap<Integer, String> steps = new TreeMap<>();
      graph.find(comparison, Crlm.REASONING_STEP.node(), Node.ANY).forEachRemaining(t -> {
        Matcher m = NUMBERED_STEP.matcher(t.getObject().getLiteralLexicalForm());
        if (!m.matches()) {
          throw new IllegalStateException("Unnumbered reasoning step of " + comparison + ": " + t.getObject());
        }
        steps.put(Integer.parseInt(m.group(1)), m.group(2));
      });
      found.add(new FigureComparison(figures.get(row.getResource("first").getURI()), figures.get(row.getResource("second").getURI()),
          verdicts.get(row.getResource("verdict").getURI()), List.copyOf(steps.values())));
    });
    found.sort(ORDER);
    return List.copyOf(found);
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
