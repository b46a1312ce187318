package org.w3id.crlm.figures;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ExplanationJson;
import org.w3id.crlm.explain.ProvenanceIndex;

/**
 * The figure comparator's findings as JSON, for {@code crlm figures --json} and the web UI: each
 * with its verdict, both figures (label, population, values, document, part, and the sentences
 * read from the corpus) and the reasoning steps.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  public static JsonObject of(List<FigureComparison> comparisons, ProvenanceIndex provenance, Corpus corpus) {
    JsonObject json = new JsonObject();
    JsonArray list = new JsonArray();
    for (FigureComparison c : comparisons) {
      JsonObject o = new JsonObject();
      o.put("verdict", c.verdict().label());
      o.put("withinDocument", c.withinDocument());
      JsonArray figures = new JsonArray();
      figures.add(figure(c.first(), provenance, corpus));
      figures.add(figure(c.second(), provenance, corpus));
      o.put("figures", figures);
      JsonArray steps = new JsonArray();
      c.steps().forEach(steps::add);
      o.put("steps", steps);
      list.add(o);
    }
    json.put("comparisons", list);
    return json;
  }

  private static JsonObject figure(Figure figure, ProvenanceIndex provenance, Corpus corpus) {
    JsonObject o = new JsonObject();
    o.put("iri", figure.iri());
    o.put("label", figure.label() == null ? figure.iri() : figure.label());
    o.put("population", figure.population());
    o.put("values", figure.values().notation());
    o.put("reading", figure.values().reading());
    o.put("unit", figure.unit());
    o.put("document", figure.document());
    if (figure.part() != null) {
      o.put("part", figure.part());
    }
    JsonArray evidence = new JsonArray();
    for (EvidenceSource source : provenance.sourcesOfItems(figure.evidence())) {
      evidence.add(ExplanationJson.evidence(source, corpus));
    }
    o.put("evidence", evidence);
    return o;
  }
}
