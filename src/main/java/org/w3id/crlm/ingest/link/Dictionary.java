package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.w3id.crlm.staging.TnmCategories;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.crlm.ingest.IngestResources;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.query.SparqlQueries;

/**
 * The surface forms of the ontology's entities, read from the knowledge base: labels and
 * synonyms (skos:altLabel), each also without a parenthetical qualifier ("KRAS mutation
 * (variant not specified)" is written "KRAS mutation") and in the plural. Adding a synonym to
 * the ontology is all it takes to recognise a new form.
 */
public final class Dictionary implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\p{L}[^)]*\\)");
  private static final int MAX_CASE_SENSITIVE_LENGTH = 6;
  /** What a derived form (qualifier dropped, plural) adds to the rank of the form it comes from. */
  private static final int DERIVED = 2;

  /** "anti-PD-1 antibody", "anti-VEGF monoclonal antibody": the target is group 1. */
  private static final Pattern ANTI_TARGET_ANTIBODY = Pattern.compile("(?i)anti-?\\s*(.+?)\\s+(?:monoclonal\\s+)?antibody");
  /** A form whose head noun comes first: "antibody to PD-1" is pluralised as "antibodies to PD-1". */
  private static final Pattern HEAD_FIRST = Pattern.compile("^(\\p{Ll}+)(\\s+(?:to|against|of|for)\\s.+)$");

  private final Map<String, List<DictionaryEntry>> byKey;
  private final Map<String, Set<String>> agentsOfRegimen;
  private final Map<Set<String>, String> regimenOfAgents;
  private final Map<Set<String>, String> regimenOfActiveAgents;
  private final Map<String, Set<String>> broader;
  private final Map<String, String> findingOfGene;
  private final Map<String, List<DescribedStudy>> studiesByDocument;
  private final TnmCategories tnmCategories;
  private final Map<String, Category> categories;
  private final Map<String, String> trialByRegistryId;

  private Dictionary(Map<String, List<DictionaryEntry>> byKey, Map<String, Set<String>> agentsOfRegimen,
      Map<String, Set<String>> broader, Map<String, String> findingOfGene, Map<String, List<DescribedStudy>> studiesByDocument,
      TnmCategories tnmCategories, Map<String, Category> categories, Map<String, String> trialByRegistryId) {
    this.byKey = byKey;
    this.categories = Map.copyOf(categories);
    this.trialByRegistryId = trialByRegistryId;
    this.tnmCategories = tnmCategories;
    this.studiesByDocument = studiesByDocument;
    this.findingOfGene = findingOfGene;
    this.agentsOfRegimen = agentsOfRegimen;
    this.broader = broader;
    Map<Set<String>, String> byAgents = new HashMap<>();
    // Two regimens with the same agents (a regimen and its alias) would make the lookup ambiguous: keep neither.
    agentsOfRegimen.forEach((regimen, agents) -> byAgents.merge(agents, regimen, (a, b) -> ""));
    byAgents.values().removeIf(String::isEmpty);
    this.regimenOfAgents = byAgents;
    Map<Set<String>, String> besideModulators = new HashMap<>();
    agentsOfRegimen.forEach((regimen, agents) -> {
      Set<String> active = agents.stream().filter(a -> !isA(a, Crlm.CHEMOTHERAPY_MODULATOR.iri())).collect(Collectors.toUnmodifiableSet());
      if (active.size() < agents.size() && active.size() >= 2) {
        besideModulators.merge(active, regimen, (a, b) -> "");
      }
    });
    besideModulators.values().removeIf(String::isEmpty);
    this.regimenOfActiveAgents = Map.copyOf(besideModulators);
  }

  /** Reads the dictionary from a graph that holds the ontology with the reasoner's entailments. */
  public static Dictionary from(Graph graph) {
    record Row(String entity, Category category, String form, int rank) {}
    List<Row> rows = new ArrayList<>();
    select(graph, "dictionary.rq", row -> {
      rows.add(new Row(row.getResource("entity").getURI(), Category.of(row.getLiteral("category").getString()),
          row.getLiteral("form").getString().strip(), row.getLiteral("rank").getInt()));
    });
    // An entity under two roots takes the more specific category (the enum's order).
    Map<String, Category> categories = new HashMap<>();
    rows.forEach(r -> categories.merge(r.entity(), r.category(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    Set<String> generic = genericForms();
    Map<String, List<String>> geneForms = new HashMap<>();
    Map<String, String> geneByKey = new HashMap<>();
    for (Row row : rows) {
      if (row.category() == Category.GENE) {
        geneForms.computeIfAbsent(row.entity(), e -> new ArrayList<>()).add(row.form());
        geneByKey.put(Normalizer.key(row.form()), row.entity());
      }
    }
    List<DictionaryEntry> entries = new ArrayList<>();
    for (Row row : rows) {
      if (row.category() == categories.get(row.entity())) {
        addForms(entries, row.form(), row.entity(), row.category(), row.rank(), generic);
        for (String form : derivedForms(row.form(), row.category(), geneByKey, geneForms)) {
          addForms(entries, form, row.entity(), row.category(), row.rank() + DERIVED, generic);
        }
      }
    }
    return new Dictionary(resolve(entries), regimenAgents(graph), broader(graph, categories.keySet()), findings(graph),
        describedStudies(graph), TnmCategories.from(graph), categories, registryIds(graph));
  }

  private static Map<String, String> registryIds(Graph graph) {
    Map<String, String> trials = new HashMap<>();
    select(graph, "registry-ids.rq", row -> trials.putIfAbsent(
        TrialIdentifiers.normalize(row.getLiteral("id").getString()), row.getResource("trial").getURI()));
    return Map.copyOf(trials);
  }

  /** The trial the knowledge base knows by a registry identifier (written as {@link TrialIdentifiers#normalize} gives it), or null. */
  public String trialOfRegistryId(String id) {
    return trialByRegistryId.get(id);
  }

  /** The category the matcher gives an entity, or null when it names none of the categories' roots. */
  public Category categoryOf(String entity) {
    return categories.get(entity);
  }

  /** The entities of a category that have {@code name} as a label, synonym or derived form. */
  public List<String> entitiesNamed(String name, Category category) {
    return lookup(Normalizer.key(name)).stream().filter(e -> e.category() == category).map(DictionaryEntry::entity)
        .distinct().toList();
  }

  /** The TNM categories the vocabulary defines, which TNM strings in a text are read against. */
  public TnmCategories tnmCategories() {
    return tnmCategories;
  }

  /**
   * Forms an agent class is also written in: "X inhibition" for an "X inhibitor" (the approach
   * for the class of drugs), and "antibody to X" and "antibody against X" for an "anti-X
   * antibody", with X also under every name of the gene X names: "anti-VEGF antibody" gives
   * "antibody to vascular endothelial growth factor".
   */
  private static List<String> derivedForms(String form, Category category, Map<String, String> geneByKey,
      Map<String, List<String>> geneForms) {
    List<String> biomarkerForms = biomarkerForms(form, category);
    if (!biomarkerForms.isEmpty()) {
      return biomarkerForms;
    }
    if (form.endsWith(" inhibitor")) {
      return List.of(form.substring(0, form.length() - "inhibitor".length()) + "inhibition");
    }
    var m = ANTI_TARGET_ANTIBODY.matcher(form);
    if (!m.matches()) {
      return List.of();
    }
    Set<String> targets = new java.util.LinkedHashSet<>();
    targets.add(m.group(1));
    String gene = geneByKey.get(Normalizer.key(m.group(1)));
    if (gene != null) {
      targets.addAll(geneForms.get(gene));
    }
    List<String> forms = new ArrayList<>();
    for (String target : targets) {
      forms.add("antibody to " + target);
      forms.add("antibody against " + target);
    }
    return forms;
  }

  private static final Pattern GENE_WILD_TYPE = Pattern.compile("(\\S+) wild[- ]type");

  /** A status with the status word before the gene: "wild-type RAS" for "RAS wild type". */
  private static List<String> biomarkerForms(String form, Category category) {
    var wildType = GENE_WILD_TYPE.matcher(form);
    if (category == Category.BIOMARKER_STATUS && wildType.matches()) {
      return List.of("wild-type " + wildType.group(1));
    }
    return List.of();
  }

  /** The immunohistochemistry finding of a gene's protein, if the ontology has exactly one; else null. */
  public String findingOf(String gene) {
    return findingOfGene.get(gene);
  }

  private static Map<String, String> findings(Graph graph) {
    Map<String, Set<String>> byGene = new HashMap<>();
    select(graph, "ihc-findings.rq", row -> byGene.computeIfAbsent(row.getResource("gene").getURI(),
        g -> new java.util.HashSet<>()).add(row.getResource("finding").getURI()));
    Map<String, String> single = new HashMap<>();
    byGene.forEach((gene, found) -> {
      if (found.size() == 1) {
        single.put(gene, found.iterator().next());
      }
    });
    return Map.copyOf(single);
  }

  /** The studies the knowledge base says the document (its IRI) reports. */
  List<DescribedStudy> studiesReportedIn(String document) {
    return document == null ? List.of() : studiesByDocument.getOrDefault(document, List.of());
  }

  private static Map<String, List<DescribedStudy>> describedStudies(Graph graph) {
    record Row(String study, String document, String phase, Long enrolled, String intervention) {}
    List<Row> rows = new ArrayList<>();
    select(graph, "described-studies.rq", r -> rows.add(new Row(r.getResource("study").getURI(), r.getResource("document").getURI(),
        r.contains("phase") ? r.getLiteral("phase").getString() : null,
        r.contains("enrolled") ? r.getLiteral("enrolled").getLong() : null,
        r.contains("intervention") && r.get("intervention").isURIResource() ? r.getResource("intervention").getURI() : null)));
    Map<String, List<DescribedStudy>> byDocument = new HashMap<>();
    rows.stream().collect(Collectors.groupingBy(r -> List.of(r.study(), r.document()))).forEach((key, group) -> {
      Row first = group.get(0);
      Set<String> interventions = group.stream().map(Row::intervention).filter(java.util.Objects::nonNull)
          .collect(Collectors.toUnmodifiableSet());
      byDocument.computeIfAbsent(first.document(), d -> new ArrayList<>())
          .add(new DescribedStudy(first.study(), first.document(), first.phase(), first.enrolled(), interventions));
    });
    byDocument.replaceAll((document, studies) -> List.copyOf(studies));
    return Map.copyOf(byDocument);
  }

  /** Whether {@code entity} is an instance or subclass of {@code cls}, as the reasoner has it. */
  public boolean isA(String entity, String cls) {
    return broader.getOrDefault(entity, Set.of()).contains(cls);
  }

  private static Map<String, Set<String>> broader(Graph graph, Set<String> entities) {
    Map<String, Set<String>> broader = new HashMap<>();
    select(graph, "broader.rq", row -> {
      String entity = row.getResource("entity").getURI();
      String cls = row.getResource("broader").getURI();
      if (entities.contains(entity) && entities.contains(cls)) {
        broader.computeIfAbsent(entity, e -> new java.util.HashSet<>()).add(cls);
      }
    });
    broader.replaceAll((entity, set) -> Set.copyOf(set));
    return Map.copyOf(broader);
  }

  /** The single agents of an entity: itself for an agent, its agents for a regimen. */
  public Set<String> agentsOf(String entity) {
    return agentsOfRegimen.getOrDefault(entity, Set.of(entity));
  }

  /**
   * The named regimen made of exactly these agents, if there is one; else the one these agents
   * make with modulators added ("5-FU, irinotecan and oxaliplatin" is FOLFOXIRI, whose leucovorin
   * a list of its drugs often leaves out), if exactly one does.
   */
  public String regimenOf(Set<String> agents) {
    String exact = regimenOfAgents.get(agents);
    return exact != null ? exact : regimenOfActiveAgents.get(agents);
  }

  private static Map<String, Set<String>> regimenAgents(Graph graph) {
    Map<String, Set<String>> agents = new HashMap<>();
    select(graph, "regimen-components.rq", row -> {
      agents.computeIfAbsent(row.getResource("regimen").getURI(), r -> new java.util.TreeSet<>())
          .add(row.getResource("agent").getURI());
    });
    agents.replaceAll((regimen, set) -> Set.copyOf(set));
    return Map.copyOf(agents);
  }

  /** Runs the SELECT query of an ingest resource over the graph, row by row. */
  private static void select(Graph graph, String resource, java.util.function.Consumer<QuerySolution> row) {
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph))
        .query(SparqlQueries.parse(IngestResources.text(resource))).build()) {
      qe.execSelect().forEachRemaining(row);
    }
  }

  /** The entries that share the key; empty if none. */
  public List<DictionaryEntry> lookup(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  public Collection<String> keys() {
    return byKey.keySet();
  }

  public int size() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }

  private static void addForms(
      List<DictionaryEntry> entries, String form, String entity, Category category, int rank, Set<String> generic) {
    if (generic.contains(Normalizer.key(form))) {
      return;
    }
    add(entries, form, entity, category, rank, generic);
    String unqualified = PARENTHETICAL.matcher(form).replaceAll("").strip();
    int baseRank = rank;
    String base = form;
    if (!unqualified.equals(form) && !unqualified.isEmpty()) {
      baseRank = rank + DERIVED;
      base = unqualified;
      add(entries, base, entity, category, baseRank, generic);
    }
    for (String plural : plurals(base)) {
      add(entries, plural, entity, category, baseRank + DERIVED, generic);
    }
  }

  private static void add(
      List<DictionaryEntry> entries, String form, String entity, Category category, int rank, Set<String> generic) {
    String key = Normalizer.key(form);
    if (key.isEmpty() || generic.contains(key)) {
      return;
    }
    entries.add(new DictionaryEntry(form, key, entity, category, isCaseSensitive(form), rank));
  }

  /**
   * Short forms with a capital after the first letter are symbols or acronyms whose case
   * carries meaning: "OS" is overall survival, "os" is not; "dMMR" is not "DMMR"-anything else.
   */
  private static boolean isCaseSensitive(String form) {
    String letters = Normalizer.caseKey(form);
    if (letters.length() > MAX_CASE_SENSITIVE_LENGTH) {
      return false;
    }
    for (int i = 1; i < letters.length(); i++) {
      if (Character.isUpperCase(letters.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * English plurals of the head noun: the last word, for forms that end in a lower-case word,
   * or the first of a form such as "antibody to PD-1".
   */
  private static List<String> plurals(String form) {
    var headFirst = HEAD_FIRST.matcher(form);
    if (headFirst.matches()) {
      return plurals(headFirst.group(1)).stream().map(head -> head + headFirst.group(2)).toList();
    }
    if (form.isEmpty() || !Character.isLowerCase(form.charAt(form.length() - 1)) || form.length() < 4) {
      return List.of();
    }
    if (form.endsWith("y") && !form.endsWith("ay") && !form.endsWith("ey") && !form.endsWith("oy")) {
      return List.of(form.substring(0, form.length() - 1) + "ies");
    }
    if (form.endsWith("s") || form.endsWith("x") || form.endsWith("ch") || form.endsWith("sh")) {
      return List.of(form + "es");
    }
    if (form.endsWith("sis")) {
      return List.of(form.substring(0, form.length() - 2) + "es");
    }
    return List.of(form + "s");
  }

  /**
   * Keeps, for each key and case-sensitivity, one entry per entity and only the entities of the
   * best rank; several entities at that rank stay, and the matcher reports the ambiguity
   * instead of choosing silently.
   */
  private static Map<String, List<DictionaryEntry>> resolve(List<DictionaryEntry> entries) {
    Map<String, List<DictionaryEntry>> byKey = new HashMap<>();
    entries.stream().collect(Collectors.groupingBy(DictionaryEntry::key)).forEach((key, candidates) -> {
      List<DictionaryEntry> kept = new ArrayList<>();
      for (boolean caseSensitive : new boolean[] {false, true}) {
        Map<String, DictionaryEntry> perEntity = new TreeMap<>();
        candidates.stream().filter(e -> e.caseSensitive() == caseSensitive)
            .forEach(e -> perEntity.merge(e.entity(), e, (a, b) -> a.rank() <= b.rank() ? a : b));
        int best = perEntity.values().stream().mapToInt(DictionaryEntry::rank).min().orElse(0);
        perEntity.values().stream().filter(e -> e.rank() == best).forEach(kept::add);
      }
      byKey.put(key, List.copyOf(kept));
    });
    return byKey;
  }

  private static Set<String> genericForms() {
    return IngestResources.lines("generic-forms.txt").stream().map(Normalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
