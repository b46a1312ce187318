package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a combination written out ("encorafenib and cetuximab", "oxaliplatin and capecitabine",
 * "irinotecan, 5-FU, and calcium folinic acid", "tucatinib plus trastuzumab") as the named
 * regimen with exactly those agents, when the ontology has one: the drugs' mentions become one
 * regimen mention. Only "and", "plus", "with", "in combination with", commas and "+" may join
 * the parts; "or" and "/" never do ("FOLFOX/FOLFIRI" is a choice, not FOLFOXIRI).
 */
final class CombinationFinder {
  private static final Pattern JOINER = Pattern.compile(
      "\\s*(?:,\\s*)?(?:and|plus|with|\\+|in combination with|combined with|together with)?\\s*",
      Pattern.CASE_INSENSITIVE);

  private final Dictionary dictionary;

  CombinationFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The mentions (sorted, non-overlapping) with written-out combinations merged into regimens. */
  List<Mention> merge(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int last = chainEnd(text, mentions, i);
      int merged = -1;
      for (int j = last; j > i && merged < 0; j--) {
        String regimen = regimenOf(mentions.subList(i, j + 1));
        if (regimen != null) {
          out.add(new Mention(mentions.get(i).start(), mentions.get(j).end(), Category.REGIMEN, List.of(regimen),
              text.substring(mentions.get(i).start(), mentions.get(j).end())));
          merged = j;
        }
      }
      if (merged >= 0) {
        i = merged + 1;
      } else {
        out.add(mentions.get(i));
        i++;
      }
    }
    return out;
  }

  /** The last mention of the run of agent and regimen mentions joined by joiners from {@code i}. */
  private static int chainEnd(String text, List<Mention> mentions, int i) {
    int j = i;
    while (isTherapy(mentions.get(j)) && j + 1 < mentions.size() && isTherapy(mentions.get(j + 1))
        && JOINER.matcher(text.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
      j++;
    }
    return j;
  }

  private String regimenOf(List<Mention> parts) {
    Set<String> agents = new HashSet<>();
    for (Mention part : parts) {
      if (part.entities().size() != 1) {
        return null;
      }
      agents.addAll(dictionary.agentsOf(part.entities().get(0)));
    }
    return dictionary.regimenOf(agents);
  }

  private static boolean isTherapy(Mention mention) {
    return mention.category() == Category.DRUG || mention.category() == Category.REGIMEN;
  }
}
