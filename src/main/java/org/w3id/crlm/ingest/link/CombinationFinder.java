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
 * regimen mention, when no two parts share an agent. Only "and", "plus", "with", "in combination with", commas and "+" may join
 * the parts; "or" and "/" never do ("FOLFOX/FOLFIRI" is a choice, not FOLFOXIRI). A regimen
 * restated in brackets and a class written before its member ("anti-PD-1 pembrolizumab") are
 * read through.
 */
final class CombinationFinder {
  private static final Pattern JOINER = Pattern.compile(
      "\\s*(?:,\\s*)?(?:and|plus|with|\\+|in combination with|combined with|together with)?\\s*",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern CLOSE = Pattern.compile("\\s*\\)");

  private final Dictionary dictionary;

  CombinationFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The mentions (sorted, non-overlapping) with written-out combinations merged into regimens. */
  List<Mention> merge(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      List<Integer> ends = chainEnds(text, mentions, i);
      int merged = -1;
      for (int k = ends.size() - 1; k > 0 && merged < 0; k--) {
        int j = ends.get(k);
        String regimen = regimenOf(text, mentions.subList(i, j + 1));
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

  /**
   * Where a combination starting at mention {@code i} may end: each mention of the run of agent
   * and regimen mentions joined by joiners. A restatement in brackets ("FOLFIRI (irinotecan,
   * leucovorin, and fluorouracil) and bevacizumab") is passed over, and cannot end a combination.
   */
  private List<Integer> chainEnds(String text, List<Mention> mentions, int i) {
    List<Integer> ends = new ArrayList<>(List.of(i));
    int j = i;
    while (isTherapy(mentions.get(j)) && j + 1 < mentions.size() && isTherapy(mentions.get(j + 1))) {
      String gap = text.substring(mentions.get(j).end(), mentions.get(j + 1).start());
      if (JOINER.matcher(gap).matches()) {
        ends.add(++j);
        continue;
      }
      var close = CLOSE.matcher(text).region(mentions.get(j + 1).end(), text.length());
      if (OPEN.matcher(gap).matches() && restates(mentions.get(j), mentions.get(j + 1)) && close.lookingAt()
          && j + 2 < mentions.size() && isTherapy(mentions.get(j + 2))
          && JOINER.matcher(text.substring(close.end(), mentions.get(j + 2).start())).matches()) {
        j += 2;
        ends.add(j);
        continue;
      }
      break;
    }
    return ends;
  }

  private boolean restates(Mention name, Mention expansion) {
    return name.entities().size() == 1 && expansion.entities().equals(name.entities())
        && dictionary.agentsOf(name.entities().get(0)).size() > 1;
  }

  /**
   * The regimen of exactly the parts' agents. A class written before one of its members ("plus
   * anti-PD-1 pembrolizumab") describes it and adds no agent.
   */
  private String regimenOf(String text, List<Mention> parts) {
    Set<String> agents = new HashSet<>();
    for (int k = 0; k < parts.size(); k++) {
      Mention part = parts.get(k);
      if (part.entities().size() != 1) {
        return null;
      }
      String entity = part.entities().get(0);
      if (k > 0 && parts.get(k - 1).entities().equals(part.entities())
          && OPEN.matcher(text.substring(parts.get(k - 1).end(), part.start())).matches()) {
        continue; // a restatement in brackets of the part before it
      }
      if (k + 1 < parts.size() && parts.get(k + 1).entities().size() == 1 && dictionary.isA(parts.get(k + 1).entities().get(0), entity)) {
        continue;
      }
      // Each part adds agents of its own: "FOLFOXIRI with FOLFOX" compares two regimens; it does
      // not name the one whose agents they share.
      Set<String> own = dictionary.agentsOf(entity);
      if (own.stream().anyMatch(agents::contains)) {
        return null;
      }
      agents.addAll(own);
    }
    return dictionary.regimenOf(agents);
  }

  private static boolean isTherapy(Mention mention) {
    return mention.category() == Category.DRUG || mention.category() == Category.REGIMEN;
  }
}
