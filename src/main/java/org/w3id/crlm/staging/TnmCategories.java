package org.w3id.crlm.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The TNM categories the vocabulary defines, read from it (tnm-categories.rq): the AJCC 8th
 * edition ones and those of other standards (under crlm:NonAJCCCategory, with their source). A
 * category is valid if the vocabulary defines it; adding one to the ontology is all it takes.
 */
public final class TnmCategories implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final String AXES = "TNM";
  private final Map<String, TnmCategory> byName;

  private TnmCategories(Map<String, TnmCategory> byName) {
    this.byName = byName;
  }

  /** Reads the categories from a graph holding the vocabulary (asserted, or with entailments). */
  public static TnmCategories from(Graph graph) {
    Map<String, TnmCategory> found = new LinkedHashMap<>();
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query()).build()) {
      qe.execSelect().forEachRemaining(row -> {
        TnmCategory category = category(row);
        found.merge(category.name(), category, (a, b) -> a.isAjcc() ? b : a);
      });
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("The vocabulary defines no TNM category: is ontology/staging.ttl loaded?");
    }
    return new TnmCategories(found);
  }

  private static TnmCategory category(QuerySolution row) {
    String iri = row.getResource("category").getURI();
    char axis = row.getLiteral("axis").getString().charAt(0);
    String name = row.getLiteral("name").getString();
    if (!row.contains("nonAjcc")) {
      return new TnmCategory(iri, axis, name, null, null);
    }
    String standard = row.contains("standard") ? row.getLiteral("standard").getString() : "a standard the vocabulary does not name";
    String ajcc = row.contains("ajcc") ? row.getLiteral("ajcc").getString() : axis + " (no AJCC category named)";
    return new TnmCategory(iri, axis, name, standard, ajcc);
  }

  /** The category named {@code name} ("T3a", no prefix), if the vocabulary defines it. */
  public Optional<TnmCategory> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The valid categories of an axis as an error message lists them: "AJCC 8th edition: N0, N1, ...;
   * other standards: T3a, T3b (ESMO ...)".
   */
  public String valid(char axis) {
    List<TnmCategory> ofAxis = byName.values().stream().filter(c -> c.axis() == axis)
        .sorted(Comparator.comparing(TnmCategory::name)).toList();
    String ajcc = String.join(", ", ofAxis.stream().filter(TnmCategory::isAjcc).map(TnmCategory::name).toList());
    Map<String, List<String>> byStandard = new LinkedHashMap<>();
    ofAxis.stream().filter(c -> !c.isAjcc()).forEach(c -> byStandard.computeIfAbsent(c.standard(), s -> new ArrayList<>()).add(c.name()));
    StringBuilder text = new StringBuilder("AJCC 8th edition: ").append(ajcc);
    byStandard.forEach((standard, names) -> text.append("; from ").append(standard).append(" (not AJCC): ").append(String.join(", ", names)));
    return text.toString();
  }

  /** All valid categories, axis by axis, for an error that cannot tell which axis was meant. */
  public String valid() {
    return String.join(". ", AXES.chars().mapToObj(axis -> (char) axis + " categories, " + valid((char) axis)).toList());
  }

  /**
   * One warning for each category of {@code tnm} that AJCC 8th does not define, naming the value
   * as written and its standard; empty for an AJCC classification.
   */
  public List<String> warnings(TnmClassification tnm) {
    return tnm.categories().stream().flatMap(written -> warning(written).stream()).toList();
  }

  /**
   * The warning for one category as written ("cT3a"), if AJCC 8th does not define it: it names
   * the value and the standard it comes from.
   */
  public Optional<String> warning(String written) {
    return find(TnmClassification.unprefixed(written)).filter(c -> !c.isAjcc()).map(c -> c.warning(written));
  }

  private static String query() {
    try (InputStream in = TnmCategories.class.getResourceAsStream("tnm-categories.rq")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tnm-categories.rq from the classpath", e);
    }
  }
}
