package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves genes listed before a shared head word: in "KRAS/NRAS/BRAF mutations" or "RAS and
 * BRAF wild-type" only the last gene carries the head ("mutations", "wild-type"), yet each gene
 * of the list means its own mutation or status. A gene mention joined to such a mention by "/",
 * a comma, "and" or "or" takes the entity the dictionary gives for the gene's name with the same
 * head ("NRAS mutations": NRAS mutation), if there is one of the same category.
 */
final class EllipsisFinder {
  private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:/|,|,?\\s*and|,?\\s*or)\\s*", Pattern.CASE_INSENSITIVE);

  private final Dictionary dictionary;

  EllipsisFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = out.size() - 1; i > 0; i--) {
      Mention headed = out.get(i);
      if (headed.category() != Category.VARIANT && headed.category() != Category.BIOMARKER_STATUS) {
        continue;
      }
      String written = text.substring(headed.start(), headed.end());
      int space = written.indexOf(' ');
      if (space < 0) {
        continue;
      }
      String head = written.substring(space);
      for (int j = i - 1; j >= 0; j--) {
        Mention gene = out.get(j);
        Mention next = out.get(j + 1);
        if (gene.category() != Category.GENE || !LIST_JOINER.matcher(text.substring(gene.end(), next.start())).matches()) {
          break;
        }
        List<String> entities = entities(text.substring(gene.start(), gene.end()) + head, headed.category());
        if (entities.isEmpty()) {
          break;
        }
        out.set(j, new Mention(gene.start(), gene.end(), headed.category(), entities, gene.form() + head));
      }
    }
    return out;
  }

  private List<String> entities(String form, Category category) {
    List<String> entities = new ArrayList<>();
    for (DictionaryEntry entry : dictionary.lookup(Normalizer.key(form))) {
      if (entry.category() == category && !entities.contains(entry.entity())) {
        entities.add(entry.entity());
      }
    }
    return entities;
  }
}
