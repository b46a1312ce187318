package org.w3id.crlm.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.staging.TnmClassification;
import org.w3id.crlm.staging.TnmParseException;
import org.w3id.crlm.staging.TnmParser;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * Reads a patient profile from JSON, strictly ({@link StrictJson}). Every field but primarySite
 * is optional; an unknown field, a value of the wrong type or a word that names no term of the
 * ontology is an error that names the field and what it accepts.
 */
public final class ProfileReader {
  static final Set<String> FIELDS = Set.of("id", "primarySite", "side", "histology", "tnm", "biomarkers", "metastases",
      "metastasisTiming", "resectability", "ecog", "priorTherapies", "adverseEvents");

  private final TermIndex terms;
  private final TnmParser tnmParser;

  public ProfileReader(TermIndex terms, TnmParser tnmParser) {
    this.terms = terms;
    this.tnmParser = tnmParser;
  }

  /**
   * @param text the JSON object
   * @param source what it is called in messages (a file name, "the request body")
   */
  public PatientProfile read(String text, String source) {
    JsonNode json = StrictJson.read(text, source, "Fix the syntax; see examples/profiles/ for complete profiles.");
    if (!json.isObject()) {
      throw new CrlmException("%s: a profile is a JSON object ({\"primarySite\": \"rectum\", ...}), not %s."
          .formatted(source, json.isArray() ? "an array" : "a single value"));
    }
    for (String key : (Iterable<String>) json::fieldNames) {
      if (!FIELDS.contains(key)) {
        throw new CrlmException("%s: unknown field '%s'. The fields of a profile are: %s.".formatted(source, key,
            String.join(", ", FIELDS.stream().sorted().toList())));
      }
    }
    if (!json.has("primarySite")) {
      throw new CrlmException("%s: the field 'primarySite' is missing; give the site of the primary tumour, for example \"rectum\"."
          .formatted(source));
    }
    String id = json.has("id") ? string(json, "id", source) : source;
    Term site = terms.resolve(string(json, "primarySite", source), source + ", field primarySite", TermKind.SITE);
    Term side = json.has("side") ? side(string(json, "side", source), source) : null;
    Term histology = json.has("histology")
        ? terms.resolve(string(json, "histology", source), source + ", field histology", TermKind.HISTOLOGY) : null;
    TnmClassification tnm = null;
    if (json.has("tnm")) {
      try {
        tnm = tnmParser.parse(string(json, "tnm", source));
      } catch (TnmParseException e) {
        throw new CrlmException("%s, field tnm: %s".formatted(source, e.getMessage()));
      }
    }
    List<Term> biomarkers = terms(json, "biomarkers", source, TermKind.FEATURE, TermKind.FEATURE_CLASS);
    List<Term> metastases = terms(json, "metastases", source, TermKind.SITE);
    Term timing = json.has("metastasisTiming") ? terms.resolve(string(json, "metastasisTiming", source),
        source + ", field metastasisTiming", TermKind.TIMING_OF_METASTASES) : null;
    Term resectability = json.has("resectability") ? terms.resolve(string(json, "resectability", source),
        source + ", field resectability", TermKind.RESECTABILITY) : null;
    Integer ecog = null;
    if (json.has("ecog")) {
      JsonNode ecogValue = json.get("ecog");
      if (!ecogValue.isIntegralNumber() || !ecogValue.canConvertToInt() || ecogValue.intValue() < 0 || ecogValue.intValue() > 4) {
        throw new CrlmException("%s, field ecog: '%s' is not an ECOG performance status; give a whole number from 0 to 4."
            .formatted(source, ecogValue));
      }
      ecog = ecogValue.intValue();
    }
    List<Term> prior = terms(json, "priorTherapies", source, TermKind.INTERVENTION);
    List<PatientProfile.AdverseEvent> events = new ArrayList<>();
    if (json.has("adverseEvents")) {
      JsonNode array = array(json, "adverseEvents", source);
      for (int i = 0; i < array.size(); i++) {
        String where = "%s, field adverseEvents[%d]".formatted(source, i);
        if (!array.get(i).isObject() || !array.get(i).has("event") || !array.get(i).has("agent")) {
          throw new CrlmException(where + ": give an object with 'event' and 'agent', for example"
              + " {\"event\": \"anaphylaxis\", \"agent\": \"oxaliplatin\"}.");
        }
        JsonNode event = array.get(i);
        events.add(new PatientProfile.AdverseEvent(
            terms.resolve(string(event, "event", where), where + ".event", TermKind.ADVERSE_EVENT),
            terms.resolve(string(event, "agent", where), where + ".agent", TermKind.INTERVENTION)));
      }
    }
    List<String> warnings = tnm == null ? List.of() : tnmParser.warnings(tnm);
    return new PatientProfile(id, site, side, histology, tnm, biomarkers, metastases, timing, resectability, ecog, prior, events,
        warnings);
  }

  private Term side(String value, String source) {
    String normal = value.strip().toLowerCase(Locale.ROOT).replaceAll("[- ]?sided$", "");
    String where = source + ", field side";
    if (normal.equals("left") || normal.equals("right")) {
      return terms.resolve(normal + " side of the large intestine", where, TermKind.SITE);
    }
    throw new CrlmException(where + ": '%s' is not a side; give \"left\" or \"right\" (or left-sided, right-sided).".formatted(value));
  }

  private List<Term> terms(JsonNode json, String field, String source, TermKind... kinds) {
    List<Term> list = new ArrayList<>();
    if (json.has(field)) {
      JsonNode array = array(json, field, source);
      for (int i = 0; i < array.size(); i++) {
        String where = "%s, field %s[%d]".formatted(source, field, i);
        if (!array.get(i).isTextual()) {
          throw new CrlmException(where + ": give a term as a string, such as a label of the ontology.");
        }
        String text = array.get(i).textValue();
        var whole = terms.find(text, kinds);
        if (whole.isEmpty() && java.util.Arrays.asList(kinds).contains(TermKind.INTERVENTION) && text.matches(".*(\\+|\\swith\\s|\\splus\\s).*")) {
          // "FOLFOX + bevacizumab": each part given.
          for (String part : text.split("\\s*\\+\\s*|\\s+with\\s+|\\s+plus\\s+")) {
            list.add(terms.resolve(part, where, kinds));
          }
          continue;
        }
        list.add(whole.orElseThrow(() -> terms.unknown(text, where, kinds)));
      }
    }
    return List.copyOf(list);
  }

  private static JsonNode array(JsonNode json, String field, String source) {
    JsonNode value = json.get(field);
    if (!value.isArray()) {
      throw new CrlmException("%s, field %s: give a JSON array (a list in [ ])".formatted(source, field) + ".");
    }
    return value;
  }

  private static String string(JsonNode json, String field, String source) {
    JsonNode value = json.get(field);
    if (!value.isTextual()) {
      throw new CrlmException("%s, field %s: give a string.".formatted(source, field));
    }
    return value.textValue();
  }
}
