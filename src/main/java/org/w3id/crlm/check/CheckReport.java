package org.w3id.crlm.check;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ExplanationJson;

/**
 * The result of checking a draft: its findings, as JSON and as text.
 *
 * @param draft the draft's name
 * @param statements how many statements it has
 * @param findings what was found, errors first
 * @param millis how long the check took
 */
public record CheckReport(String draft, int statements, List<Finding> findings, long millis) {

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
  }

  public long warnings() {
    return findings.size() - errors();
  }

  public JsonObject toJson(Corpus corpus) {
    JsonObject json = new JsonObject();
    json.put("draft", draft);
    json.put("statements", statements);
    json.put("errors", errors());
    json.put("warnings", warnings());
    JsonArray list = new JsonArray();
    for (Finding f : findings) {
      JsonObject o = new JsonObject();
      o.put("severity", f.severity().label());
      o.put("kind", f.kind().id());
      o.put("code", f.kind().code());
      o.put("where", f.where());
      o.put("statement", f.statement());
      o.put("message", f.message());
      JsonArray steps = new JsonArray();
      f.explanation().forEach(steps::add);
      o.put("explanation", steps);
      JsonArray evidence = new JsonArray();
      f.evidence().forEach(e -> evidence.add(ExplanationJson.evidence(e, corpus)));
      o.put("evidence", evidence);
      o.put("fix", f.fix());
      list.add(o);
    }
    json.put("findings", list);
    json.put("millis", millis);
    return json;
  }

  public String toText(Corpus corpus) {
    StringBuilder out = new StringBuilder();
    out.append("Checked %s: %d statement(s), %d error(s), %d warning(s) in %d ms.%n"
        .formatted(draft, statements, errors(), warnings(), millis));
    for (Finding f : findings) {
      out.append('\n').append(f.severity().label().toUpperCase(Locale.ROOT)).append(" [").append(f.kind().id()).append(' ').append(f.kind().code()).append("] ")
          .append(f.where()).append(": ").append(f.message()).append('\n');
      out.append("  statement: ").append(f.statement()).append('\n');
      f.explanation().forEach(step -> out.append(step.startsWith("  - ") ? "         " : "  because: ").append(step).append('\n'));
      for (EvidenceSource e : f.evidence()) {
        out.append("  evidence: ").append(e.qualifiedLabel());
        if (e.levelLabel() != null) {
          out.append(" [").append(e.levelLabel()).append(']');
        }
        if (e.hasLocator()) {
          out.append(" (").append(e.fileName()).append(' ').append(e.start()).append('-').append(e.end()).append(')');
          if (corpus != null) {
            try {
              out.append("\n    \"").append(org.w3id.crlm.corpus.QuoteFunction.readable(
                  corpus.span(e.fileName(), e.start(), e.end()))).append('"');
            } catch (org.w3id.crlm.CrlmException ignored) {
              out.append("\n    (sentence unavailable: the document is not in the corpus)");
            }
          }
        }
        out.append('\n');
      }
      out.append("  fix: ").append(f.fix()).append('\n');
    }
    return out.toString();
  }
}
