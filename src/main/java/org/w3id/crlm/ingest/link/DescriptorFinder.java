package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a name joined by a hyphen to a class it belongs to as one mention of the more specific
 * one: "G12C-mutant KRAS" is KRAS G12C, because the reasoner places KRAS G12C under KRAS
 * mutation. Only a hyphen joins them; names side by side with a space ("anti-HER2 trastuzumab")
 * stay two mentions, each linked. A protein change written alone takes the status word joined
 * to it ("G12C-mutated cancers"); with its gene before it ("KRAS G12C-mutated") the variant is
 * the gene and the change.
 */
final class DescriptorFinder {
  /** A protein change written alone ("G12C"), and the status word a text may join to it ("-mutated"). */
  private static final Pattern PROTEIN_CHANGE = Pattern.compile("[A-Z]\\d+[A-Z]");
  private static final Pattern STATUS_WORD = Pattern.compile("[- ](?:mutant|mutated)\\b");
  private final Dictionary dictionary;

  DescriptorFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The mentions (sorted, non-overlapping) with hyphenated descriptors merged. */
  List<Mention> merge(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention mention : mentions) {
      Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Mention merged = previous == null ? null : merged(text, previous, mention);
      if (merged != null) {
        out.set(out.size() - 1, merged);
      } else {
        out.add(mention);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      var status = STATUS_WORD.matcher(text).region(m.end(), text.length());
      if (m.category() == Category.VARIANT && PROTEIN_CHANGE.matcher(text.substring(m.start(), m.end())).matches()
          && status.lookingAt() && (i + 1 == out.size() || out.get(i + 1).start() >= status.end())) {
        out.set(i, new Mention(m.start(), status.end(), m.category(), m.entities(), m.form()));
      }
    }
    return out;
  }

  private Mention merged(String text, Mention first, Mention second) {
    if (first.category() != second.category() || first.entities().size() != 1 || second.entities().size() != 1
        || !text.substring(first.end(), second.start()).equals("-")) {
      return null;
    }
    String a = first.entities().get(0);
    String b = second.entities().get(0);
    if (dictionary.isA(a, b)) {
      return new Mention(first.start(), second.end(), first.category(), first.entities(), first.form());
    }
    if (dictionary.isA(b, a)) {
      return new Mention(first.start(), second.end(), second.category(), second.entities(), second.form());
    }
    return null;
  }
}
