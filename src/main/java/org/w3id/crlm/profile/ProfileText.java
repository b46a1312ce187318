package org.w3id.crlm.profile;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A profile's answer as text for a reader: each section, each entry with why and its evidence. */
public final class ProfileText {
  private ProfileText() {}

  public static String of(JsonObject answer) {
    StringBuilder out = new StringBuilder();
    out.append("Profile ").append(answer.get("profile").getAsString().value()).append('\n');
    answer.get("warnings").getAsArray().forEach(w -> out.append("Warning: ").append(w.getAsString().value()).append('\n'));
    out.append("Stage group: ").append(labels(answer.get("stageGroup").getAsArray(),
        "not determined (neither a TNM nor metastatic sites that determine one)")).append('\n');
    if (answer.hasKey("ecog")) {
      out.append("ECOG performance status: ").append(answer.get("ecog").getAsNumber().value()).append('\n');
    }
    out.append("Prior therapies: ").append(labels(answer.get("priorTherapies").getAsArray(), "none")).append('\n');
    out.append("Populations: ").append(labels(answer.get("populations").getAsArray(), "none")).append('\n');
    section(out, "Recommendations that apply", answer.get("recommendations").getAsArray());
    section(out, "Advised against", answer.get("advisedAgainst").getAsArray());
    section(out, "No benefit (contraindicated as targeted therapy)", answer.get("noBenefit").getAsArray());
    section(out, "Ruled out by adverse events", answer.get("excludedByAdverseEvents").getAsArray());
    section(out, "Reported no benefit, resistance or harm (single sources)", answer.get("reportedAgainst").getAsArray());
    section(out, "Evidence of benefit", answer.get("evidenceOfBenefit").getAsArray());
    section(out, "Agents that target the tumour's biomarkers", answer.get("targetedAgents").getAsArray());
    section(out, "Not applicable (made for a variant the tumour does not have)", answer.get("notApplicable").getAsArray());
    section(out, "Studies in the tumour's populations", answer.get("trials").getAsArray());
    out.append("Answered in ").append(answer.get("millis").getAsNumber().value()).append(" ms.\n");
    return out.toString();
  }

  private static void section(StringBuilder out, String title, JsonArray entries) {
    out.append('\n').append(title).append(entries.isEmpty() ? ": none\n" : ":\n");
    for (JsonValue value : entries) {
      JsonObject entry = value.getAsObject();
      out.append("  - ").append(entry.get("label").getAsString().value());
      if (entry.hasKey("strength")) {
        out.append(" [").append(entry.get("strength").getAsObject().get("label").getAsString().value()).append(']');
      }
      if (entry.hasKey("investigational") && entry.get("investigational").getAsBoolean().value()) {
        out.append(" (investigational)");
      }
      if (entry.hasKey("phase")) {
        out.append(" (").append(entry.get("phase").getAsString().value()).append(')');
      }
      out.append('\n');
      if (entry.hasKey("why")) {
        out.append("      why: ").append(entry.get("why").getAsString().value()).append('\n');
      }
      if (entry.hasKey("excludedInterventions")) {
        out.append("      but ruled out for this patient: ").append(labels(entry.get("excludedInterventions").getAsArray(), "")).append('\n');
      }
      if (entry.hasKey("conflictsWithNoBenefit")) {
        out.append("      but the evidence also says the tumour gains no benefit from: ")
            .append(labels(entry.get("conflictsWithNoBenefit").getAsArray(), "")).append(" (the sources disagree)\n");
      }
      if (entry.hasKey("advisedAgainstBy")) {
        out.append("      but advised against for this tumour: ").append(labels(entry.get("advisedAgainstFor").getAsArray(), ""))
            .append(" (").append(String.join("; ", entry.get("advisedAgainstBy").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList())).append(")\n");
      }
      if (entry.hasKey("alreadyGiven")) {
        out.append("      already given: ").append(labels(entry.get("alreadyGiven").getAsArray(), "")).append('\n');
      }
      if (entry.hasKey("exceptInCombination")) {
        out.append("      except in: ").append(labels(entry.get("exceptInCombination").getAsArray(), "")).append('\n');
      }
      if (entry.hasKey("reasons")) {
        for (JsonValue reason : entry.get("reasons").getAsArray()) {
          out.append("      why: ").append(reason.getAsObject().get("why").getAsString().value()).append('\n');
          justification(out, reason.getAsObject());
          evidence(out, reason.getAsObject().get("evidence").getAsArray());
        }
      }
      justification(out, entry);
      if (entry.hasKey("evidence")) {
        evidence(out, entry.get("evidence").getAsArray());
      }
      if (entry.hasKey("source")) {
        out.append("      source: ").append(entry.get("source").getAsString().value()).append('\n');
      }
    }
  }

  private static void justification(StringBuilder out, JsonObject entry) {
    if (entry.hasKey("whyThePopulation")) {
      out.append("      the tumour falls in that population because:\n");
      for (JsonValue axiom : entry.get("whyThePopulation").getAsArray()) {
        out.append("        - ").append(axiom.getAsObject().get("axiom").getAsString().value()).append('\n');
      }
    }
  }

  static void evidence(StringBuilder out, JsonArray evidence) {
    for (JsonValue value : evidence) {
      JsonObject e = value.getAsObject();
      out.append("      evidence: ").append(e.hasKey("label") ? e.get("label").getAsString().value() : e.get("item").getAsString().value());
      JsonObject level = e.get("level").isObject() ? e.get("level").getAsObject() : null;
      if (level != null) {
        out.append(" [").append(level.get("label").getAsString().value().toLowerCase(Locale.ROOT)).append(']');
      }
      if (e.hasKey("document")) {
        out.append(" (").append(e.get("document").getAsString().value()).append(' ')
            .append(e.get("start").getAsNumber().value()).append('-').append(e.get("end").getAsNumber().value()).append(')');
      }
      out.append('\n');
      if (e.hasKey("sentence")) {
        out.append("        \"").append(e.get("sentence").getAsString().value()).append("\"\n");
      }
    }
  }

  private static String labels(JsonArray array, String none) {
    if (array.isEmpty()) {
      return none;
    }
    List<String> labels = array.stream().map(v -> v.getAsObject().get("label").getAsString().value()).toList();
    return String.join(", ", labels);
  }
}
