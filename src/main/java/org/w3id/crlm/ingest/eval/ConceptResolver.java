package org.w3id.crlm.ingest.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.link.TrialIdentifiers;

/**
 * Reads the concepts of a held-out gold file, written independently of the ontology ("oxaliplatin",
 * "hepatic artery|UBERON:0001193", "trial NCT01234567"), as the ontology's entities: by the standard
 * identifier through the ontology's cross-references (skos:exactMatch or closeMatch) first, else
 * by the name among the ontology's labels and synonyms in the mention's category; a trial
 * registry identifier as the trial entity the ingest pipeline links it to. A concept the ontology
 * has no entity for stays NIL: the gold mention can then only be missed.
 */
public final class ConceptResolver {
  public static final String NIL = "NIL";
  private static final Pattern TRIAL = Pattern.compile("(?i)trial\\s+(\\S+)");
  private static final Map<String, String> ID_PREFIXES = Map.of(
      "NCIT", "http://purl.obolibrary.org/obo/NCIT_", "UBERON", "http://purl.obolibrary.org/obo/UBERON_",
      "CHEBI", "http://purl.obolibrary.org/obo/CHEBI_", "MONDO", "http://purl.obolibrary.org/obo/MONDO_",
      "HGNC", "https://identifiers.org/hgnc:", "DRUGBANK", "https://go.drugbank.com/drugs/");

  private final Dictionary dictionary;
  private final TrialIdentifiers trials;
  private final Map<String, Set<String>> byXref = new HashMap<>();

  public ConceptResolver(Dictionary dictionary, Model ontology) {
    this.dictionary = dictionary;
    this.trials = new TrialIdentifiers(dictionary);
    String query = "SELECT ?e ?x WHERE { ?e <http://www.w3.org/2004/02/skos/core#exactMatch>|<http://www.w3.org/2004/02/skos/core#closeMatch> ?x }";
    try (QueryExecution execution = QueryExecution.model(ontology).query(query).build()) {
      execution.execSelect().forEachRemaining((QuerySolution row) -> {
        if (row.get("e").isURIResource() && row.get("x").isURIResource()) {
          byXref.computeIfAbsent(row.getResource("x").getURI(), k -> new LinkedHashSet<>()).add(row.getResource("e").getURI());
        }
      });
    }
  }

  /** The CURIE of the entity the concept names (in the crlm: prefix, as predictions are written), or NIL. */
  public String resolve(String concept, Category category) {
    String[] parts = concept.split("\\|", 2);
    String name = parts[0].strip();
    Matcher trial = TRIAL.matcher(name);
    if (category == Category.TRIAL && trial.matches()) {
      return MentionKeys.curie(trials.entity(trial.group(1)));
    }
    if (parts.length == 2) {
      String iri = iriOf(parts[1].strip());
      Set<String> entities = iri == null ? Set.of() : byXref.getOrDefault(iri, Set.of());
      List<String> inCategory = entities.stream().filter(e -> dictionary.categoryOf(e) == category).toList();
      if (inCategory.size() == 1) {
        return MentionKeys.curie(inCategory.get(0));
      }
    }
    List<String> named = dictionary.entitiesNamed(name, category);
    return named.size() == 1 ? MentionKeys.curie(named.get(0)) : NIL;
  }

  /** The entity a concept names in whichever category has it (relations do not name categories), or NIL. */
  public String resolveAny(String concept) {
    for (Category category : Category.values()) {
      String entity = resolve(concept, category);
      if (!entity.equals(NIL)) {
        return entity;
      }
    }
    return NIL;
  }

  private static String iriOf(String id) {
    int colon = id.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String prefix = ID_PREFIXES.get(id.substring(0, colon).toUpperCase(Locale.ROOT));
    return prefix == null ? null : prefix + id.substring(colon + 1).strip();
  }

}
