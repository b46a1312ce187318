package org.w3id.crlm.terms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labels most like a word that named nothing, for error messages: ranked by the letter pairs
 * they share with it (Dice coefficient over lower-case bigrams), best first.
 */
public final class ClosestLabels {
  private ClosestLabels() {}

  /** At most {@code limit} of {@code labels}, those at least {@code minimum} alike to {@code text}. */
  public static List<String> to(String text, Stream<String> labels, double minimum, int limit) {
    Set<String> target = bigrams(text);
    Map<String, Double> similarity = new HashMap<>();
    labels.forEach(label -> {
      Set<String> other = bigrams(label);
      long shared = other.stream().filter(target::contains).count();
      double dice = other.isEmpty() ? 0 : 2.0 * shared / (target.size() + other.size());
      if (dice >= minimum) {
        similarity.merge(label, dice, Math::max);
      }
    });
    return similarity.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  private static Set<String> bigrams(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> bigrams = new HashSet<>();
    for (int i = 0; i + 2 <= lower.length(); i++) {
      bigrams.add(lower.substring(i, i + 2));
    }
    return bigrams;
  }
}
