package org.w3id.crlm.ingest.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ingest.IngestResources;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.text.Span;

/**
 * Proposes statements from co-occurrence: a sentence that names a biomarker and a therapy and
 * holds a trigger word of {@code triggers.tsv} yields one suggestion per pair, with the first
 * relation whose trigger it holds. Suggestions are never facts: a curator reviews each.
 */
public final class SuggestionFinder {
  private final Map<String, Pattern> triggers = load();

  /** The suggestions of one document; {@code mentions} in document order. */
  public List<Suggestion> find(String text, List<Span> sentences, List<Mention> mentions) {
    List<Suggestion> suggestions = new ArrayList<>();
    int m = 0;
    for (Span sentence : sentences) {
      while (m < mentions.size() && mentions.get(m).start() < sentence.start()) {
        m++;
      }
      List<Mention> biomarkers = new ArrayList<>();
      List<Mention> therapies = new ArrayList<>();
      int biomarkerEnd = -1;
      for (int i = m; i < mentions.size() && mentions.get(i).end() <= sentence.end(); i++) {
        Mention mention = mentions.get(i);
        switch (mention.category()) {
          // The gene inside a variant or status phrase ("KRAS" in "KRAS G12D") is what the phrase names already.
          case GENE, VARIANT, BIOMARKER_STATUS -> {
            if (mention.end() > biomarkerEnd) {
              biomarkers.add(mention);
              biomarkerEnd = mention.end();
            }
          }
          case DRUG, REGIMEN -> therapies.add(mention);
          default -> { }
        }
      }
      if (biomarkers.isEmpty() || therapies.isEmpty()) {
        continue;
      }
      String flat = text.substring(sentence.start(), sentence.end()).replace('\n', ' ');
      for (Map.Entry<String, Pattern> trigger : triggers.entrySet()) {
        Matcher matcher = trigger.getValue().matcher(flat);
        if (matcher.find()) {
          Span at = new Span(sentence.start() + matcher.start(), sentence.start() + matcher.end());
          for (Mention biomarker : distinct(biomarkers)) {
            for (Mention therapy : distinct(therapies)) {
              suggestions.add(new Suggestion(trigger.getKey(), biomarker, therapy, sentence, at));
            }
          }
          break;
        }
      }
    }
    return suggestions;
  }

  /** One mention per entity: a sentence naming KRAS twice makes one suggestion, not two. */
  private static List<Mention> distinct(List<Mention> mentions) {
    Map<List<String>, Mention> first = new LinkedHashMap<>();
    mentions.forEach(mention -> first.putIfAbsent(mention.entities(), mention));
    return List.copyOf(first.values());
  }

  private static Map<String, Pattern> load() {
    Map<String, Pattern> triggers = new LinkedHashMap<>();
    for (String line : IngestResources.lines("triggers.tsv")) {
      String[] fields = line.split("\t", 2);
      triggers.put(fields[0], Pattern.compile(fields[1], Pattern.CASE_INSENSITIVE));
    }
    return triggers;
  }

}
