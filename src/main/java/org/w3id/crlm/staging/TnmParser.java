package org.w3id.crlm.staging;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TNM strings as clinicians write them: "pT4bN2aM1b", "pT4b N2a M1b", "ypT3 ypN1a cM0",
 * "T3 N2 M0". A category without a prefix takes the prefix of the category before it ("pT4bN2aM1b"
 * is pT4b pN2a pM1b); the first one without a prefix is clinical, as in UICC usage. M0 is always
 * clinical (AJCC 8th has no pM0) and a metastasis confirmed on a post-neoadjuvant specimen is pM1.
 */
public final class TnmParser {
  // A "c" directly followed by an axis letter is the next category's prefix ("pT2N0cM0"), not a
  // subcategory letter; written apart ("N1c M0") it is the subcategory.
  private static final Pattern TOKEN =
      Pattern.compile("\\s*(yp|c|p)?([TNM])(X|x|is|IS|Is|[0-4])((?:[abdABD]|[cC](?![TNM]))?)\\s*");
  private static final Map<Character, Set<String>> VALID = Map.of(
      'T', Set.of("X", "0", "is", "1", "2", "3", "3a", "3b", "3c", "3d", "4", "4a", "4b"),
      'N', Set.of("X", "0", "1", "1a", "1b", "1c", "2", "2a", "2b"),
      'M', Set.of("0", "1", "1a", "1b", "1c"));

  private TnmParser() {}

  /** Whether {@code category} ("T3a", "N2", "M1c") is an AJCC 8th edition colorectal category. */
  public static boolean isCategory(String category) {
    return category.length() >= 2 && VALID.containsKey(category.charAt(0)) && VALID.get(category.charAt(0)).contains(category.substring(1));
  }

  public static TnmClassification parse(String text) {
    if (text == null || text.isBlank()) {
      throw new TnmParseException("Empty TNM. Write it as, for example, pT4b N2a M1b or cT3N1M0.");
    }
    String compact = text.strip().replaceAll("[,;/]+", " ");
    Matcher matcher = TOKEN.matcher(compact);
    String[] found = new String[3];
    String prefix = "c";
    int position = 0;
    while (position < compact.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new TnmParseException(("Cannot read '%s' in TNM '%s' at character %d. Each category is an optional"
            + " prefix (c, p, yp), the axis (T, N or M) and its value, e.g. pT4b N2a M1b. AJCC 8th edition values: %s.")
            .formatted(compact.substring(position).strip(), text, position + 1, validValues()));
      }
      char axis = matcher.group(2).charAt(0);
      String value = normalise(matcher.group(3)) + matcher.group(4).toLowerCase();
      if (!VALID.get(axis).contains(value)) {
        throw new TnmParseException("'%s' in TNM '%s' is not an AJCC 8th edition colorectal category. %s categories: %s."
            .formatted(matcher.group().strip(), text, axis, String.join(", ", VALID.get(axis).stream().sorted().map(v -> axis + v).toList())));
      }
      int index = "TNM".indexOf(axis);
      if (found[index] != null) {
        throw new TnmParseException("TNM '%s' gives the %s category twice. Give one T, one N and one M.".formatted(text, axis));
      }
      if (matcher.group(1) != null) {
        prefix = matcher.group(1);
      }
      found[index] = categoryPrefix(axis, value, prefix) + axis + value;
      position = matcher.end();
    }
    for (int i = 0; i < 3; i++) {
      if (found[i] == null) {
        char axis = "TNM".charAt(i);
        throw new TnmParseException("TNM '%s' has no %s category; a stage group needs T, N and M (e.g. %s)."
            .formatted(text, axis, axis == 'T' ? "T3" : axis == 'N' ? "N0" : "M0 or M1a"));
      }
    }
    return new TnmClassification(found[0], found[1], found[2]);
  }

  private static String validValues() {
    return String.join("; ", "TNM".chars().mapToObj(c -> (char) c).map(axis -> axis + ": "
        + String.join(", ", VALID.get(axis).stream().sorted().toList())).toList());
  }

  private static String categoryPrefix(char axis, String value, String prefix) {
    if (axis != 'M') {
      return prefix;
    }
    if (value.equals("0")) {
      return "c";
    }
    return prefix.equals("yp") ? "p" : prefix;
  }

  private static String normalise(String value) {
    return switch (value) {
      case "x" -> "X";
      case "IS", "Is" -> "is";
      default -> value;
    };
  }
}
