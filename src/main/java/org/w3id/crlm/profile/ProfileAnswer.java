package org.w3id.crlm.profile;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ExplanationJson;

/**
 * The answer to a patient profile, computed once and rendered as JSON (the API, the web UI) or
 * as text (the command line). Each section lists entries ({@link ProfileEntry}) with why they are
 * there and the evidence, at the minimum level asked for.
 *
 * @param profile the profile's identifier
 * @param minimumEvidenceRank the weakest evidence level answers rest on (1 guideline ... 6)
 * @param warnings values kept as written but outside the standard (a non-AJCC TNM category)
 * @param ecog the ECOG performance status, or null
 * @param priorTherapies what was already given
 * @param stageGroup the most specific stage groups the reasoner gives the tumour (empty if none)
 * @param populations the most specific kinds of cancer the reasoner puts the tumour in
 * @param likelyNoBenefit agents a source says the tumour usually or probably gains nothing from
 *     (a hedged claim: a warning, not a contraindication)
 * @param possibleBenefit interventions a source calls a potential therapy for the tumour
 * @param millis how long the answer took
 */
public record ProfileAnswer(
    String profile,
    int minimumEvidenceRank,
    List<String> warnings,
    Integer ecog,
    List<Labelled> priorTherapies,
    List<Labelled> stageGroup,
    List<Labelled> populations,
    List<ProfileEntry> recommendations,
    List<ProfileEntry> advisedAgainst,
    List<ProfileEntry> noBenefit,
    List<ProfileEntry> likelyNoBenefit,
    List<ProfileEntry> excludedByAdverseEvents,
    List<ProfileEntry> reportedAgainst,
    List<ProfileEntry> evidenceOfBenefit,
    List<ProfileEntry> possibleBenefit,
    List<ProfileEntry> targetedAgents,
    List<ProfileEntry> notApplicable,
    List<ProfileEntry> trials,
    long millis) implements java.io.Serializable {

  /** The answer as the API returns it; {@code corpus} supplies the sentence of each evidence item. */
  public JsonObject toJson(Corpus corpus) {
    JsonObject json = new JsonObject();
    json.put("profile", profile);
    json.put("minimumEvidenceRank", minimumEvidenceRank);
    json.put("warnings", strings(warnings));
    if (ecog != null) {
      json.put("ecog", ecog);
    }
    json.put("priorTherapies", labelled(priorTherapies));
    json.put("stageGroup", labelled(stageGroup));
    json.put("populations", labelled(populations));
    json.put("recommendations", entries(recommendations, corpus));
    json.put("advisedAgainst", entries(advisedAgainst, corpus));
    json.put("noBenefit", entries(noBenefit, corpus));
    json.put("likelyNoBenefit", entries(likelyNoBenefit, corpus));
    json.put("excludedByAdverseEvents", entries(excludedByAdverseEvents, corpus));
    json.put("reportedAgainst", entries(reportedAgainst, corpus));
    json.put("evidenceOfBenefit", entries(evidenceOfBenefit, corpus));
    json.put("possibleBenefit", entries(possibleBenefit, corpus));
    json.put("targetedAgents", entries(targetedAgents, corpus));
    json.put("notApplicable", entries(notApplicable, corpus));
    json.put("trials", entries(trials, corpus));
    json.put("millis", millis);
    return json;
  }

  /** The answer for a reader, section by section; {@code corpus} supplies the sentences. */
  public String toText(Corpus corpus) {
    return ProfileText.of(this, corpus);
  }

  private static JsonArray entries(List<ProfileEntry> entries, Corpus corpus) {
    JsonArray array = new JsonArray();
    entries.forEach(e -> array.add(entry(e, corpus)));
    return array;
  }

  private static JsonObject entry(ProfileEntry e, Corpus corpus) {
    JsonObject json = term(e.term());
    put(json, "population", e.population());
    put(json, "strength", e.strength());
    if (e.qualifiers() != null) {
      json.put("qualifiers", strings(e.qualifiers()));
    }
    put(json, "significance", e.significance());
    put(json, "biomarker", e.biomarker());
    put(json, "interventions", e.interventions());
    put(json, "interventionKinds", e.interventionKinds());
    put(json, "requiresTest", e.requiresTest());
    put(json, "targets", e.targets());
    put(json, "excludedInterventions", e.excludedInterventions());
    put(json, "alreadyGiven", e.alreadyGiven());
    put(json, "conflictsWithNoBenefit", e.conflictsWithNoBenefit());
    put(json, "advisedAgainstFor", e.advisedAgainstFor());
    if (e.advisedAgainstBy() != null) {
      json.put("advisedAgainstBy", strings(e.advisedAgainstBy()));
    }
    put(json, "exceptInCombination", e.exceptInCombination());
    put(json, "regimensContainingIt", e.regimensContainingIt());
    if (e.contraindicated() != null) {
      json.put("contraindicated", e.contraindicated());
    }
    if (e.investigational() != null) {
      json.put("investigational", e.investigational());
    }
    if (e.phase() != null) {
      json.put("phase", e.phase());
    }
    if (e.registryIds() != null) {
      json.put("registryIds", strings(e.registryIds()));
    }
    if (e.why() != null) {
      json.put("why", e.why());
    }
    if (e.reasons() != null) {
      JsonArray reasons = new JsonArray();
      for (NoBenefitReason r : e.reasons()) {
        JsonObject reason = new JsonObject();
        reason.put("population", term(r.population()));
        reason.put("target", term(r.target()));
        reason.put("why", r.why());
        reason.put("evidence", evidence(r.evidence(), corpus));
        reason.put("targetSource", r.targetSource());
        if (r.whyThePopulation() != null) {
          reason.put("whyThePopulation", steps(r.whyThePopulation(), corpus));
        }
        reasons.add(reason);
      }
      json.put("reasons", reasons);
    }
    if (e.evidence() != null) {
      json.put("evidence", evidence(e.evidence(), corpus));
    }
    if (e.source() != null) {
      json.put("source", e.source());
    }
    if (e.whyThePopulation() != null) {
      json.put("whyThePopulation", steps(e.whyThePopulation(), corpus));
    }
    return json;
  }

  static JsonArray evidence(List<EvidenceSource> sources, Corpus corpus) {
    JsonArray array = new JsonArray();
    sources.forEach(s -> array.add(ExplanationJson.evidence(s, corpus)));
    return array;
  }

  private static JsonArray steps(List<PopulationStep> steps, Corpus corpus) {
    JsonArray array = new JsonArray();
    for (PopulationStep step : steps) {
      JsonObject axiom = new JsonObject();
      axiom.put("axiom", step.axiom());
      axiom.put("words", ExplanationJson.words(step.words()));
      axiom.put("evidence", evidence(step.evidence(), corpus));
      array.add(axiom);
    }
    return array;
  }

  private static void put(JsonObject json, String key, Labelled term) {
    if (term != null) {
      json.put(key, term(term));
    }
  }

  private static void put(JsonObject json, String key, List<Labelled> terms) {
    if (terms != null) {
      json.put(key, labelled(terms));
    }
  }

  private static JsonObject term(Labelled term) {
    JsonObject json = new JsonObject();
    json.put("iri", term.iri());
    json.put("label", term.label());
    return json;
  }

  private static JsonArray labelled(List<Labelled> terms) {
    JsonArray array = new JsonArray();
    terms.forEach(t -> array.add(term(t)));
    return array;
  }

  private static JsonArray strings(List<String> strings) {
    JsonArray array = new JsonArray();
    strings.forEach(array::add);
    return array;
  }
}
