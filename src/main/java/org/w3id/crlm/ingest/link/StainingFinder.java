package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In a pathology report a protein named beside the share of tumour cells that stain for it
 * ("approximately 30% P53", "Ki-67 approximately 40% (+)") reports an immunohistochemistry
 * finding, not the gene: such a gene mention is linked to the gene's finding, when the ontology
 * has exactly one for that gene.
 */
final class StainingFinder {
  private static final Pattern SHARE_AFTER =
      Pattern.compile("\\s*\\(?\\s*(?:approximately|about|~|\\u2248)?\\s*\\d{1,3}(?:\\.\\d+)?\\s*%", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARE_BEFORE = Pattern.compile("\\d{1,3}(?:\\.\\d+)?\\s*%\\s*(?:of\\s+)?$");
  private static final int BEFORE_WINDOW = 12;

  private final Dictionary dictionary;

  StainingFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      String finding = mention.category() == Category.GENE && mention.entities().size() == 1
          ? dictionary.findingOf(mention.entities().get(0)) : null;
      if (finding != null && besideShare(text, mention)) {
        out.add(new Mention(mention.start(), mention.end(), Category.BIOMARKER_STATUS, List.of(finding), mention.form()));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  private static boolean besideShare(String text, Mention mention) {
    if (SHARE_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt()) {
      return true;
    }
    int from = Math.max(0, mention.start() - BEFORE_WINDOW);
    return SHARE_BEFORE.matcher(text).region(from, mention.start()).find();
  }
}
