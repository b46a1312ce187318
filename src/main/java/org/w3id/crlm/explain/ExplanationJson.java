package org.w3id.crlm.explain;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.QuoteFunction;

/**
 * An explanation as JSON, for the HTTP API and {@code explain --json}: each justification with
 * its axioms (Manchester syntax with labels), their evidence (item, level, document, offsets and
 * the supporting sentence read from the corpus) and its weakest levels.
 */
public final class ExplanationJson {
  private ExplanationJson() {}

  public static JsonObject of(ExplanationResult result, Corpus corpus) {
    JsonObject json = new JsonObject();
    json.put("statement", result.statement());
    json.put("statementWords", words(result.statementWords()));
    json.put("entailed", result.entailed());
    json.put("complete", result.complete());
    json.put("millis", result.millis());
    JsonArray justifications = new JsonArray();
    for (Justification justification : result.justifications()) {
      JsonObject j = new JsonObject();
      j.put("foundAfterMillis", justification.foundAfterMillis());
      j.put("weakestEvidence", level(justification.weakestEvidence()));
      j.put("weakestGeneralEvidence", level(justification.weakestGeneralEvidence()));
      JsonArray axioms = new JsonArray();
      for (JustifiedAxiom axiom : justification.axioms()) {
        JsonObject a = new JsonObject();
        a.put("axiom", axiom.rendered());
        a.put("words", words(axiom.words()));
        JsonArray evidence = new JsonArray();
        axiom.sources().forEach(source -> evidence.add(evidence(source, corpus)));
        a.put("evidence", evidence);
        axioms.add(a);
      }
      j.put("axioms", axioms);
      justifications.add(j);
    }
    json.put("justifications", justifications);
    return json;
  }

  /** Plain words as a list of strings (text) and objects {iri, label} (terms), in order. */
  public static JsonArray words(List<PlainWords.Part> parts) {
    JsonArray array = new JsonArray();
    for (PlainWords.Part part : parts) {
      if (part instanceof PlainWords.Text text) {
        array.add(text.text());
      } else if (part instanceof PlainWords.Term term) {
        JsonObject t = new JsonObject();
        t.put("iri", term.iri());
        t.put("label", term.label());
        array.add(t);
      }
    }
    return array;
  }

  public static JsonValue level(Optional<EvidenceSource> source) {
    if (source.isEmpty()) {
      return JsonNull.instance;
    }
    JsonObject level = new JsonObject();
    level.put("level", source.get().level());
    level.put("label", source.get().levelLabel());
    level.put("rank", source.get().levelRank());
    return level;
  }

  /** One evidence item: its label, level, document, offsets and the sentence read from the corpus. */
  public static JsonObject evidence(EvidenceSource source, Corpus corpus) {
    JsonObject json = new JsonObject();
    json.put("item", source.item());
    if (source.label() != null) {
      json.put("label", source.label());
    }
    json.put("level", level(Optional.of(source)));
    if (!source.qualifiers().isEmpty()) {
      org.apache.jena.atlas.json.JsonArray qualifiers = new org.apache.jena.atlas.json.JsonArray();
      source.qualifiers().forEach(qualifiers::add);
      json.put("qualifiers", qualifiers);
    }
    if (source.hasLocator()) {
      json.put("document", source.fileName());
      json.put("start", source.start());
      json.put("end", source.end());
      if (corpus != null) {
        try {
          json.put("sentence", QuoteFunction.readable(corpus.span(source.fileName(), source.start(), source.end())));
        } catch (CrlmException e) {
          json.put("sentenceError", e.getMessage());
        }
      }
    }
    return json;
  }
}
