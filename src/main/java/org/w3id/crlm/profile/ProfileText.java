package org.w3id.crlm.profile;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.crlm.corpus.Corpus;

/** A profile's answer as text for a reader: each section, each entry with why and its evidence. */
final class ProfileText {
  private ProfileText() {}

  static String of(ProfileAnswer answer, Corpus corpus) {
    StringBuilder out = new StringBuilder();
    out.append("Profile ").append(answer.profile()).append('\n');
    answer.warnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
    out.append("Stage group: ").append(labels(answer.stageGroup(),
        "not determined (neither a TNM nor metastatic sites that determine one)")).append('\n');
    if (answer.ecog() != null) {
      out.append("ECOG performance status: ").append(answer.ecog()).append('\n');
    }
    out.append("Prior therapies: ").append(labels(answer.priorTherapies(), "none")).append('\n');
    out.append("Populations: ").append(labels(answer.populations(), "none")).append('\n');
    section(out, corpus, "Recommendations that apply", answer.recommendations());
    section(out, corpus, "Advised against", answer.advisedAgainst());
    section(out, corpus, "No benefit (contraindicated as targeted therapy)", answer.noBenefit());
    section(out, corpus, "Likely no benefit (the source hedges: a warning, not a contraindication)", answer.likelyNoBenefit());
    section(out, corpus, "Ruled out by adverse events", answer.excludedByAdverseEvents());
    section(out, corpus, "Reported no benefit, resistance or harm (single sources)", answer.reportedAgainst());
    section(out, corpus, "Evidence of benefit", answer.evidenceOfBenefit());
    section(out, corpus, "Possible benefit (the source hedges: benefit not established)", answer.possibleBenefit());
    section(out, corpus, "Agents that target the tumour's biomarkers", answer.targetedAgents());
    section(out, corpus, "Not applicable (made for a variant the tumour does not have)", answer.notApplicable());
    section(out, corpus, "Studies in the tumour's populations", answer.trials());
    out.append("Answered in ").append(answer.millis()).append(" ms.\n");
    return out.toString();
  }

  private static void section(StringBuilder out, Corpus corpus, String title, List<ProfileEntry> entries) {
    out.append('\n').append(title).append(entries.isEmpty() ? ": none\n" : ":\n");
    for (ProfileEntry entry : entries) {
      out.append("  - ").append(entry.term().label());
      if (entry.strength() != null) {
        out.append(" [").append(entry.strength().label());
        if (entry.qualifiers() != null) {
          out.append("; ").append(String.join(", ", entry.qualifiers()));
        }
        out.append(']');
      } else if (entry.qualifiers() != null) {
        out.append(" (").append(String.join(", ", entry.qualifiers())).append(')');
      }
      if (Boolean.TRUE.equals(entry.investigational())) {
        out.append(" (investigational)");
      }
      if (entry.phase() != null) {
        out.append(" (").append(entry.phase()).append(')');
      }
      out.append('\n');
      if (entry.why() != null) {
        out.append("      why: ").append(entry.why()).append('\n');
      }
      if (entry.excludedInterventions() != null) {
        out.append("      but ruled out for this patient: ").append(labels(entry.excludedInterventions(), "")).append('\n');
      }
      if (entry.conflictsWithNoBenefit() != null) {
        out.append("      but the evidence also says the tumour gains no benefit from: ")
            .append(labels(entry.conflictsWithNoBenefit(), "")).append(" (the sources disagree)\n");
      }
      if (entry.advisedAgainstBy() != null) {
        out.append("      but advised against for this tumour: ").append(labels(entry.advisedAgainstFor(), ""))
            .append(" (").append(String.join("; ", entry.advisedAgainstBy())).append(")\n");
      }
      if (entry.alreadyGiven() != null) {
        out.append("      already given: ").append(labels(entry.alreadyGiven(), "")).append('\n');
      }
      if (entry.exceptInCombination() != null) {
        out.append("      except in: ").append(labels(entry.exceptInCombination(), "")).append('\n');
      }
      if (entry.reasons() != null) {
        for (NoBenefitReason reason : entry.reasons()) {
          out.append("      why: ").append(reason.why()).append('\n');
          justification(out, reason.whyThePopulation());
          evidence(out, reason.evidence(), corpus);
        }
      }
      justification(out, entry.whyThePopulation());
      if (entry.evidence() != null) {
        evidence(out, entry.evidence(), corpus);
      }
      if (entry.source() != null) {
        out.append("      source: ").append(entry.source()).append('\n');
      }
    }
  }

  private static void justification(StringBuilder out, List<PopulationStep> steps) {
    if (steps != null) {
      out.append("      the tumour falls in that population because:\n");
      steps.forEach(step -> out.append("        - ").append(step.axiom()).append('\n'));
    }
  }

  private static void evidence(StringBuilder out, List<org.w3id.crlm.explain.EvidenceSource> sources, Corpus corpus) {
    for (JsonValue value : ProfileAnswer.evidence(sources, corpus)) {
      JsonObject e = value.getAsObject();
      out.append("      evidence: ").append(e.hasKey("label") ? e.get("label").getAsString().value() : e.get("item").getAsString().value());
      if (e.hasKey("qualifiers")) {
        out.append(" (").append(String.join(", ", e.get("qualifiers").getAsArray().stream().map(q -> q.getAsString().value()).toList()))
            .append(')');
      }
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

  private static String labels(List<Labelled> terms, String none) {
    return terms.isEmpty() ? none : String.join(", ", terms.stream().map(Labelled::label).toList());
  }
}
