package org.w3id.crlm.figures;

import static org.w3id.crlm.query.GraphRows.decimal;
import static org.w3id.crlm.query.GraphRows.select;
import static org.w3id.crlm.query.GraphRows.string;
import static org.w3id.crlm.query.GraphRows.uri;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.w3id.crlm.ontology.Crlm;

/**
 * Reads the figures the comparator can compare from the reasoned knowledge base: rates,
 * proportions, medians and means of a population class, with a unit that has a UCUM code, and
 * counts that give their denominator ("28 of 36"), read as the proportion they are. A bare count
 * depends on the size of a study, single values belong to one patient and hazard ratios to one
 * comparison, so none of them is a figure about a population that another source could contradict.
 */
final class FigureReader {
  private FigureReader() {}

  private static final String FIGURES = """
      SELECT ?figure ?label ?measure ?statistic ?population ?timePoint ?after ?afterUnit ?value ?lower ?upper
             ?comparator ?unit ?unitLabel ?subgroup ?of ?part ?numerator ?denominator ?cumulative WHERE {
        ?figure a crlm:ReportedFigure ; crlm:measure ?measure ; crlm:statistic ?statistic ; crlm:population ?population ;
                crlm:unit ?unitIri .
        VALUES ?statistic { crlm:RateStatistic crlm:MedianStatistic crlm:MeanStatistic crlm:CountStatistic }
        ?unitIri skos:notation ?unit .
        OPTIONAL { ?unitIri rdfs:label ?unitLabel }
        OPTIONAL { ?figure rdfs:label ?label }
        OPTIONAL { ?figure crlm:timePointTerm ?timePoint }
        OPTIONAL { ?figure crlm:timePoint ?after ; crlm:timePointUnit/skos:notation ?afterUnit }
        OPTIONAL { ?figure crlm:value ?value }
        OPTIONAL { ?figure crlm:lowerValue ?lower ; crlm:upperValue ?upper }
        OPTIONAL { ?figure crlm:comparator ?comparator }
        OPTIONAL { ?figure crlm:subgroup ?subgroup }
        OPTIONAL { ?figure crlm:figureOf ?of }
        OPTIONAL { ?figure crlm:documentPart ?part }
        BIND (EXISTS { ?measure a crlm:CumulativeMeasure } AS ?cumulative)
        OPTIONAL { ?figure crlm:numerator ?numerator ; crlm:denominator ?denominator }
        FILTER (?statistic != crlm:CountStatistic || BOUND(?denominator))
        FILTER (BOUND(?value) || BOUND(?lower))
        # One patient's values (a case's events) are not figures about a population.
        FILTER NOT EXISTS { ?figure crlm:figureOf ?one . FILTER NOT EXISTS { ?one a crlm:ClinicalStudy }
                            FILTER NOT EXISTS { ?one a crlm:StudyArm } }
      } ORDER BY ?figure""";

  private static final String FEATURES = "SELECT ?figure ?x WHERE { ?figure a crlm:ReportedFigure ; crlm:aboutFeature ?x }";

  /**
   * What was given: the figure's own interventions, those of the arm it is measured in, and those
   * of the study it is measured in: response rates of two trials of different drugs are not two
   * figures for one thing.
   */
  private static final String INTERVENTIONS = """
      SELECT ?figure ?x WHERE { ?figure a crlm:ReportedFigure .
        { ?figure crlm:intervention ?x } UNION { ?figure crlm:figureOf/crlm:armIntervention ?x }
        UNION { ?figure crlm:figureOf/crlm:studyIntervention ?x } }""";

  private static final String ARMS = "SELECT ?arm ?study WHERE { ?study crlm:hasArm ?arm }";

  private static final String EVIDENCE = """
      SELECT ?figure ?x ?file WHERE { ?figure a crlm:ReportedFigure ; crlm:hasEvidence ?x .
        ?x prov:wasDerivedFrom/crlm:fileName ?file } ORDER BY ?figure ?x""";

  /** The UCUM code of a percentage, the unit of a count read as a proportion. */
  private static final String PERCENT = "%";

  static List<Figure> read(Graph graph) {
    Map<String, Set<String>> features = multi(graph, FEATURES);
    Map<String, Set<String>> interventions = multi(graph, INTERVENTIONS);
    Map<String, Set<String>> evidence = multi(graph, EVIDENCE);
    Map<String, String> studies = new LinkedHashMap<>();
    select(graph, ARMS, row -> studies.put(uri(row, "arm"), uri(row, "study")));
    Map<String, String> documents = new LinkedHashMap<>();
    select(graph, EVIDENCE, row -> documents.putIfAbsent(uri(row, "figure"), string(row, "file")));
    Map<String, Figure> figures = new LinkedHashMap<>();
    select(graph, FIGURES, row -> {
      String iri = uri(row, "figure");
      String document = documents.get(iri);
      if (figures.containsKey(iri) || document == null) {
        return;  // a figure with two units or two time points is ambiguous: the first row is kept
      }
      boolean count = Crlm.COUNT_STATISTIC.is(uri(row, "statistic"));
      Interval values = count
          ? Interval.proportion(decimal(row, "numerator"), decimal(row, "denominator"))
          : Interval.of(decimal(row, "value"), decimal(row, "lower"), decimal(row, "upper"), comparison(uri(row, "comparator")));
      BigDecimal after = decimal(row, "after");
      String of = uri(row, "of");
      String subgroup = string(row, "subgroup");
      figures.put(iri, new Figure(iri, string(row, "label"), uri(row, "measure"), row.getLiteral("cumulative").getBoolean(),
          count ? Crlm.RATE_STATISTIC.iri() : uri(row, "statistic"),
          Set.copyOf(features.getOrDefault(iri, Set.of())), uri(row, "population"), uri(row, "timePoint"),
          after == null ? null : new Figure.Duration(after.doubleValue(), string(row, "afterUnit")),
          Set.copyOf(interventions.getOrDefault(iri, Set.of())), values, count ? PERCENT : string(row, "unit"),
          count ? "percent" : string(row, "unitLabel"), studies.getOrDefault(of, of), of, subgroup, document, uri(row, "part"),
          List.copyOf(evidence.getOrDefault(iri, Set.of()))));
    });
    return List.copyOf(figures.values());
  }

  private static Interval.Comparison comparison(String iri) {
    if (iri == null || Crlm.EQUAL_TO.is(iri)) {
      return Interval.Comparison.EQUAL_TO;
    }
    if (Crlm.APPROXIMATELY.is(iri)) {
      return Interval.Comparison.APPROXIMATELY;
    }
    if (Crlm.GREATER_THAN.is(iri)) {
      return Interval.Comparison.GREATER_THAN;
    }
    if (Crlm.AT_LEAST.is(iri)) {
      return Interval.Comparison.AT_LEAST;
    }
    if (Crlm.LESS_THAN.is(iri)) {
      return Interval.Comparison.LESS_THAN;
    }
    if (Crlm.AT_MOST.is(iri)) {
      return Interval.Comparison.AT_MOST;
    }
    throw new IllegalArgumentException("Unknown comparator " + iri + " on a figure; use one of the crlm:Comparator individuals.");
  }

  private static Map<String, Set<String>> multi(Graph graph, String query) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    select(graph, query, row -> map.computeIfAbsent(uri(row, "figure"), k -> new TreeSet<>()).add(uri(row, "x")));
    return map;
  }

}
