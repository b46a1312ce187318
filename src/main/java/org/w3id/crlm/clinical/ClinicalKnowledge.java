package org.w3id.crlm.clinical;

import static org.w3id.crlm.query.GraphRows.decimal;
import static org.w3id.crlm.query.GraphRows.select;
import static org.w3id.crlm.query.GraphRows.string;
import static org.w3id.crlm.query.GraphRows.uri;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectHasValue;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;
import org.w3id.crlm.staging.TnmCategories;
import org.w3id.crlm.staging.TnmParser;
import org.w3id.crlm.terms.TermIndex;

/**
 * What the patient-profile and guideline-check services compare against, read once from the
 * built knowledge base: the recommendations, threshold rules and studies with the populations
 * they are for; which agents target what and which regimens contain what (as the reasoner
 * entailed them); and the axioms by which a class of cancer gains no benefit from agents
 * targeting a molecule, or has evidence of benefit from a regimen.
 */
public final class ClinicalKnowledge {
  public static final String NO_BENEFIT = Crlm.NO_BENEFIT_FROM_AGENTS_TARGETING.iri();
  public static final String BENEFIT = Crlm.HAS_EVIDENCE_OF_BENEFIT_FROM.iri();
  /** A hedged no-benefit: usually or probably no benefit; a warning, not a contraindication. */
  public static final String LIKELY_NO_BENEFIT = Crlm.LIKELY_NO_BENEFIT_FROM_AGENTS_TARGETING.iri();
  /** A hedged benefit: a potential or possible therapy, not shown. */
  public static final String POSSIBLE_BENEFIT = Crlm.HAS_POSSIBLE_BENEFIT_FROM.iri();

  private final TermIndex terms;
  private final List<Recommendation> recommendations;
  private final List<ThresholdRule> thresholdRules;
  private final List<ClinicalStudy> studies;
  private final List<TargetRestriction> restrictions;
  private final List<AdverseFinding> adverseFindings;
  private final List<SourceDisagreement> disagreements;
  private final Map<String, Set<String>> targetsOfAgent;
  private final Map<String, Set<String>> componentsOfRegimen;
  private final Map<String, Set<String>> genesOfFeature;
  private final Map<String, Set<String>> genesOfTest;
  private final Map<String, Set<String>> instancesOfClass;
  private final Map<String, Set<String>> featuresOfClass;
  private final Set<String> amplifiedGenes;
  private final TnmParser tnmParser;

  private ClinicalKnowledge(Graph graph, OWLOntology ontology, TermIndex terms) {
    this.terms = terms;
    this.tnmParser = new TnmParser(TnmCategories.from(graph));
    this.recommendations = readRecommendations(graph);
    this.thresholdRules = readThresholdRules(graph);
    this.studies = readStudies(graph);
    this.restrictions = readRestrictions(ontology);
    this.adverseFindings = readAdverseFindings(graph);
    this.disagreements = readDisagreements(graph);
    this.targetsOfAgent = pairs(graph, "SELECT ?s ?o { ?s crlm:hasTarget ?o FILTER(isIRI(?o)) }");
    this.componentsOfRegimen = pairs(graph, "SELECT ?s ?o { ?s crlm:hasComponent ?o FILTER(isIRI(?o)) }");
    this.genesOfFeature = pairs(graph, "SELECT ?s ?o { ?s crlm:inGene ?o FILTER(isIRI(?o)) }");
    this.genesOfTest = pairs(graph, "SELECT ?s ?o { ?s crlm:testsGene ?o FILTER(isIRI(?o)) }");
    // The alterations a class of cancer or of feature is defined by: its hasValue restrictions on
    // has molecular feature, and the named features of its feature classes.
    this.featuresOfClass = pairs(graph, """
        SELECT ?s ?o { { ?s owl:equivalentClass/owl:intersectionOf/rdf:rest*/rdf:first ?r . ?r owl:onProperty crlm:hasMolecularFeature ; owl:hasValue ?o }
          UNION { ?s owl:equivalentClass/owl:intersectionOf/rdf:rest*/rdf:first ?r . ?r owl:onProperty crlm:hasMolecularFeature ; owl:someValuesFrom ?c . ?o a ?c }
          UNION { ?o a ?s . ?s rdfs:subClassOf* crlm:MolecularFeature } FILTER(isIRI(?o) && isIRI(?s)) }""");
    this.amplifiedGenes = pairs(graph, "SELECT ?s ?o { ?f a crlm:GeneAmplification ; crlm:inGene ?s . BIND(?f AS ?o) }").keySet();
    this.instancesOfClass = pairs(graph,
        "SELECT ?s ?o { ?o a ?s . ?s rdfs:subClassOf* crlm:Intervention FILTER(isIRI(?o) && isIRI(?s)) }");
  }

  public static ClinicalKnowledge read(Dataset dataset, OWLOntology ontology, TermIndex terms) {
    return Txn.calculateRead(dataset, () -> new ClinicalKnowledge(dataset.asDatasetGraph().getDefaultGraph(), ontology, terms));
  }

  public TermIndex terms() {
    return terms;
  }

  /** A parser of TNM strings that accepts the categories the vocabulary defines. */
  public TnmParser tnmParser() {
    return tnmParser;
  }

  public List<Recommendation> recommendations() {
    return recommendations;
  }

  /** Evidence items that report no benefit, resistance or harm of an intervention in a population. */
  public List<AdverseFinding> adverseFindings() {
    return adverseFindings;
  }

  /** The features whose prevalence the documents disagree on, each with every claim involved. */
  public List<SourceDisagreement> disagreements() {
    return disagreements;
  }

  public List<ThresholdRule> thresholdRules() {
    return thresholdRules;
  }

  public List<ClinicalStudy> studies() {
    return studies;
  }

  /** The no-benefit and benefit axioms whose class is one of {@code classes}. */
  public List<TargetRestriction> restrictionsOn(Set<String> classes, String property) {
    return restrictions.stream().filter(r -> r.property().equals(property) && classes.contains(r.cancerClass())).toList();
  }

  /**
   * The regimens with evidence of benefit in a tumour of {@code cancerTypes} whose evidence comes
   * from within {@code cls} (all of them when it is null). Such a combination is not ruled out by
   * a no-benefit axiom on {@code cls} for one of its agents: sotorasib with panitumumab was
   * studied in KRAS G12C disease, a kind of KRAS-mutant disease; encorafenib with cetuximab in
   * BRAF V600E disease does not answer for a tumour that is KRAS-mutant too.
   */
  public Set<String> benefitWithin(Set<String> cancerTypes, String cls) {
    Set<String> regimens = new TreeSet<>();
    restrictionsOn(cancerTypes, BENEFIT).stream()
        .filter(b -> cls == null || b.cancerClass().equals(cls) || terms.ancestorsOf(b.cancerClass()).contains(cls))
        .forEach(b -> regimens.add(b.value()));
    return regimens;
  }

  public Set<String> targetsOf(String agent) {
    return targetsOfAgent.getOrDefault(agent, Set.of());
  }

  /** The agents whose target is {@code target}. */
  public Set<String> agentsTargeting(String target) {
    Set<String> agents = new TreeSet<>();
    targetsOfAgent.forEach((agent, targets) -> {
      if (targets.contains(target)) {
        agents.add(agent);
      }
    });
    return agents;
  }

  public Set<String> componentsOf(String regimen) {
    return componentsOfRegimen.getOrDefault(regimen, Set.of());
  }

  /** The regimens that contain {@code agent}, directly or through a regimen they contain. */
  public Set<String> regimensContaining(String agent) {
    Set<String> regimens = new TreeSet<>();
    componentsOfRegimen.forEach((regimen, components) -> {
      if (components.contains(agent)) {
        regimens.add(regimen);
      }
    });
    return regimens;
  }

  /** An intervention's single agents: itself if it is an agent, else its components that are agents. */
  public Set<String> agentsOf(String intervention) {
    Set<String> agents = new LinkedHashSet<>();
    if (terms.ancestorsOf(intervention).contains(Crlm.THERAPEUTIC_AGENT.iri())) {
      agents.add(intervention);
    }
    for (String component : componentsOf(intervention)) {
      if (terms.ancestorsOf(component).contains(Crlm.THERAPEUTIC_AGENT.iri())) {
        agents.add(component);
      }
    }
    return agents;
  }

  /** The molecular features a class of cancer or of feature names (HER2-positive: HER2 amplification, HER2 overexpression). */
  public Set<String> featuresOfClass(String cls) {
    return featuresOfClass.getOrDefault(cls, Set.of());
  }

  /** Whether tumours are known to amplify the gene (a target of its own in them, as HER2 is). */
  public boolean hasAmplification(String gene) {
    return amplifiedGenes.contains(gene);
  }

  public Set<String> genesOf(String feature) {
    return genesOfFeature.getOrDefault(feature, Set.of());
  }

  public Set<String> genesTestedBy(String test) {
    return genesOfTest.getOrDefault(test, Set.of());
  }

  /** The instances of an intervention class, as the reasoner realized them. */
  public Set<String> instancesOf(String interventionClass) {
    return instancesOfClass.getOrDefault(interventionClass, Set.of());
  }

  public boolean isA(String iri, CrlmTerm cls) {
    return terms.ancestorsOf(iri).contains(cls.iri());
  }

  private static final String RECOMMENDATIONS = """
      SELECT ?rec ?label ?population ?strength ?intervention ?class ?test ?timing ?evidence ?qualifier ?line WHERE {
        ?rec a crlm:Recommendation ; crlm:population ?population ; crlm:strength ?strength .
        OPTIONAL { ?rec rdfs:label ?label }
        OPTIONAL { ?rec crlm:recommendedIntervention ?intervention }
        OPTIONAL { ?rec crlm:intervention ?class }
        OPTIONAL { ?rec crlm:requiresTest ?test }
        OPTIONAL { ?rec crlm:timing ?timing }
        OPTIONAL { ?rec crlm:hasEvidence ?evidence }
        OPTIONAL { ?rec crlm:qualifier/rdfs:label ?qualifier }
        OPTIONAL { ?rec crlm:lineOfTherapy ?line }
      } ORDER BY ?rec""";

  private static List<Recommendation> readRecommendations(Graph graph) {
    record Acc(String label, String population, String strength, Set<String> interventions, Set<String> classes,
        Set<String> tests, Set<String> timings, Set<String> evidence, Set<String> qualifiers, Set<String> lines) {}
    Map<String, Acc> byIri = new LinkedHashMap<>();
    select(graph, RECOMMENDATIONS, row -> {
      // One entry per population: a recommendation for two populations applies to each.
      Acc acc = byIri.computeIfAbsent(uri(row, "rec") + " " + uri(row, "population"), k -> new Acc(string(row, "label"), uri(row, "population"),
          uri(row, "strength"), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
          new TreeSet<>()));
      if (row.contains("qualifier")) {
        acc.qualifiers().add(row.getLiteral("qualifier").getString());
      }
      addIfPresent(acc.interventions(), row, "intervention");
      addIfPresent(acc.tests(), row, "test");
      addIfPresent(acc.timings(), row, "timing");
      addIfPresent(acc.lines(), row, "line");
      addIfPresent(acc.evidence(), row, "evidence");
      String cls = uri(row, "class");
      if (cls != null) {
        acc.classes().add(cls);
      }
    });
    List<Recommendation> list = new ArrayList<>();
    byIri.forEach((key, a) -> list.add(new Recommendation(key.substring(0, key.indexOf(' ')), a.label(), a.population(), a.strength(),
        Set.copyOf(a.interventions()), Set.copyOf(a.classes()), Set.copyOf(a.tests()), Set.copyOf(a.timings()),
        List.copyOf(a.evidence()), List.copyOf(a.qualifiers()), Set.copyOf(a.lines()))));
    return List.copyOf(list);
  }

  private static final String ADVERSE = """
      SELECT ?item ?label ?population ?intervention ?significance WHERE {
        ?item a crlm:EvidenceItem ; crlm:clinicalSignificance ?significance ; crlm:evidenceDirection crlm:Supports .
        FILTER (?significance IN (crlm:NoBenefit, crlm:Resistance, crlm:Harm))
        # Population and intervention are on the item, or on a claim that rests on it.
        { ?item crlm:population ?population ; crlm:intervention ?intervention }
        UNION
        { ?claim crlm:hasEvidence ?item ; a crlm:QualitativeClaim ; crlm:population ?population ; crlm:intervention ?intervention }
        OPTIONAL { ?item rdfs:label ?label }
      } ORDER BY ?item ?population ?intervention""";

  private static List<AdverseFinding> readAdverseFindings(Graph graph) {
    record Acc(String label, String significance, Set<String> populations, Set<String> interventions) {}
    Map<String, Acc> byIri = new LinkedHashMap<>();
    select(graph, ADVERSE, row -> {
      Acc acc = byIri.computeIfAbsent(uri(row, "item"), k -> new Acc(string(row, "label"), uri(row, "significance"),
          new TreeSet<>(), new TreeSet<>()));
      acc.populations().add(uri(row, "population"));
      acc.interventions().add(uri(row, "intervention"));
    });
    List<AdverseFinding> list = new ArrayList<>();
    byIri.forEach((iri, a) -> list.add(new AdverseFinding(iri, a.label(), a.significance(), Set.copyOf(a.populations()),
        Set.copyOf(a.interventions()))));
    return List.copyOf(list);
  }

  /**
   * The figure comparator's findings on how common a feature is (crlm:FigureComparison records,
   * made at build time): conflicts and population-dependent differences, not compatible ones.
   */
  private static final String DISAGREEMENTS = """
      SELECT DISTINCT ?feature ?verdict ?label1 ?label2 ?evidence1 ?evidence2 WHERE {
        ?comparison a crlm:FigureComparison ; crlm:verdict ?v ; crlm:firstFigure ?claim1 ; crlm:secondFigure ?claim2 .
        VALUES ?v { crlm:ConflictVerdict crlm:PopulationDependentVerdict }
        ?v rdfs:label ?verdict .
        ?claim1 a crlm:PrevalenceClaim ; rdfs:label ?label1 ; crlm:hasEvidence ?evidence1 .
        ?claim2 a crlm:PrevalenceClaim ; rdfs:label ?label2 ; crlm:hasEvidence ?evidence2 .
        { ?claim1 crlm:aboutFeature ?feature } UNION { ?claim2 crlm:aboutFeature ?feature }
      } ORDER BY ?feature ?verdict ?label1 ?label2""";

  private static List<SourceDisagreement> readDisagreements(Graph graph) {
    record Acc(Set<String> claims, Set<String> evidence) {}
    Map<String, Acc> byFeature = new LinkedHashMap<>();
    select(graph, DISAGREEMENTS, row -> {
      Acc acc = byFeature.computeIfAbsent(uri(row, "feature"), k -> new Acc(new LinkedHashSet<>(), new LinkedHashSet<>()));
      acc.claims().add("%s: %s; %s".formatted(string(row, "verdict"), string(row, "label1"), string(row, "label2")));
      acc.evidence().add(uri(row, "evidence1"));
      acc.evidence().add(uri(row, "evidence2"));
    });
    List<SourceDisagreement> list = new ArrayList<>();
    byFeature.forEach((feature, a) -> list.add(new SourceDisagreement(feature, List.copyOf(a.claims()), List.copyOf(a.evidence()))));
    return List.copyOf(list);
  }

  private static final String THRESHOLDS = """
      SELECT ?rule ?label ?quantity ?condition ?intervention ?min ?max ?value ?comparator ?unit ?evidence WHERE {
        ?rule a crlm:ThresholdRule ; crlm:constrainsQuantity ?quantity .
        OPTIONAL { ?rule rdfs:label ?label }
        OPTIONAL { ?rule crlm:appliesToLiverCondition ?condition }
        OPTIONAL { ?rule crlm:ruleIntervention ?intervention }
        OPTIONAL { ?rule crlm:minValue ?min }
        OPTIONAL { ?rule crlm:maxValue ?max }
        OPTIONAL { ?rule crlm:value ?value }
        OPTIONAL { ?rule crlm:comparator ?comparator }
        OPTIONAL { ?rule crlm:unit ?unit }
        OPTIONAL { ?rule crlm:hasEvidence ?evidence }
      } ORDER BY ?rule""";

  private static List<ThresholdRule> readThresholdRules(Graph graph) {
    record Acc(String label, String quantity, Set<String> conditions, Set<String> interventions, BigDecimal[] bounds,
        boolean[] strict, String[] unit, Set<String> evidence) {}
    Map<String, Acc> byIri = new LinkedHashMap<>();
    select(graph, THRESHOLDS, row -> {
      Acc acc = byIri.computeIfAbsent(uri(row, "rule"), k -> new Acc(string(row, "label"), uri(row, "quantity"),
          new TreeSet<>(), new TreeSet<>(), new BigDecimal[2], new boolean[2], new String[1], new TreeSet<>()));
      addIfPresent(acc.conditions(), row, "condition");
      addIfPresent(acc.interventions(), row, "intervention");
      addIfPresent(acc.evidence(), row, "evidence");
      acc.unit()[0] = uri(row, "unit");
      String comparator = uri(row, "comparator");
      BigDecimal value = decimal(row, "value");
      // "More than" and "less than" exclude the bound itself; "at least", "at most" and a bare bound do not.
      acc.strict()[0] |= comparator != null && Crlm.GREATER_THAN.is(comparator);
      acc.strict()[1] |= comparator != null && Crlm.LESS_THAN.is(comparator);
      if (decimal(row, "min") != null) {
        acc.bounds()[0] = decimal(row, "min");
      } else if (value != null && comparator != null && (Crlm.GREATER_THAN.is(comparator) || Crlm.AT_LEAST.is(comparator))) {
        acc.bounds()[0] = value;
      }
      if (decimal(row, "max") != null) {
        acc.bounds()[1] = decimal(row, "max");
      } else if (value != null && comparator != null && (Crlm.LESS_THAN.is(comparator) || Crlm.AT_MOST.is(comparator))) {
        acc.bounds()[1] = value;
      }
    });
    List<ThresholdRule> list = new ArrayList<>();
    byIri.forEach((iri, a) -> list.add(new ThresholdRule(iri, a.label(), a.quantity(), Set.copyOf(a.conditions()),
        Set.copyOf(a.interventions()), a.bounds()[0], a.bounds()[1], a.strict()[0], a.strict()[1], a.unit()[0],
        List.copyOf(a.evidence()))));
    return List.copyOf(list);
  }

  private static final String STUDIES = """
      SELECT DISTINCT ?study ?label ?population ?phase ?registry ?intervention ?evidence WHERE {
        ?study a/rdfs:subClassOf* crlm:ClinicalStudy ; crlm:population ?population .
        OPTIONAL { ?study rdfs:label ?label }
        OPTIONAL { ?study crlm:phase/rdfs:label ?phase }
        OPTIONAL { ?study crlm:registryId ?registry }
        OPTIONAL { ?study crlm:studyIntervention ?intervention }
        OPTIONAL { ?study crlm:hasEvidence ?evidence }
      } ORDER BY ?study""";

  private static List<ClinicalStudy> readStudies(Graph graph) {
    record Acc(String label, String population, String[] phase, Set<String> registry, Set<String> interventions,
        Set<String> evidence) {}
    Map<String, Acc> byKey = new LinkedHashMap<>();
    select(graph, STUDIES, row -> {
      String key = uri(row, "study") + " " + uri(row, "population");
      Acc acc = byKey.computeIfAbsent(key, k -> new Acc(string(row, "label"), uri(row, "population"), new String[1],
          new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
      if (string(row, "phase") != null) {
        acc.phase()[0] = string(row, "phase");
      }
      if (string(row, "registry") != null) {
        acc.registry().add(string(row, "registry"));
      }
      addIfPresent(acc.interventions(), row, "intervention");
      addIfPresent(acc.evidence(), row, "evidence");
    });
    List<ClinicalStudy> list = new ArrayList<>();
    byKey.forEach((key, a) -> list.add(new ClinicalStudy(key.substring(0, key.indexOf(' ')), a.label(), a.population(),
        a.phase()[0], Set.copyOf(a.registry()), Set.copyOf(a.interventions()), List.copyOf(a.evidence()))));
    return List.copyOf(list);
  }

  private static List<TargetRestriction> readRestrictions(OWLOntology ontology) {
    List<TargetRestriction> list = new ArrayList<>();
    ontology.axioms(org.semanticweb.owlapi.model.AxiomType.SUBCLASS_OF, Imports.INCLUDED).forEach((OWLSubClassOfAxiom axiom) -> {
      if (axiom.getSubClass().isNamed() && axiom.getSuperClass() instanceof OWLObjectHasValue restriction
          && !restriction.getProperty().isAnonymous() && restriction.getFiller().isNamed()) {
        String property = ((OWLObjectProperty) restriction.getProperty()).getIRI().toString();
        if (property.equals(NO_BENEFIT) || property.equals(BENEFIT) || property.equals(LIKELY_NO_BENEFIT)
            || property.equals(POSSIBLE_BENEFIT)) {
          list.add(new TargetRestriction(((OWLClass) axiom.getSubClass()).getIRI().toString(), property,
              ((OWLNamedIndividual) restriction.getFiller()).getIRI().toString(), axiom.getAxiomWithoutAnnotations()));
        }
      }
    });
    list.sort(java.util.Comparator.comparing(TargetRestriction::cancerClass).thenComparing(TargetRestriction::value));
    return List.copyOf(list);
  }

  private static Map<String, Set<String>> pairs(Graph graph, String query) {
    Map<String, Set<String>> map = new HashMap<>();
    select(graph, query, row -> map.computeIfAbsent(uri(row, "s"), k -> new TreeSet<>()).add(uri(row, "o")));
    map.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(map);
  }

  private static void addIfPresent(Set<String> set, QuerySolution row, String variable) {
    String value = uri(row, variable);
    if (value != null) {
      set.add(value);
    }
  }

}
