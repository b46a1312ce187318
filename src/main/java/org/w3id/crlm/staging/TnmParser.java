package org.w3id.crlm.staging;

import java.util.List;
import java.util.Optional;
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
  // subcategory letter; written apart ("N1c M0") it is the subcategory. So are "p" and "y" of a
  // following "pN" or "ypN". Any other letter after the value is read as a subcategory, valid or
  // not, so that "T3e" is reported as an unknown category rather than as unreadable text.
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(yp|c|p)?([TNM])(X|x|is|IS|Is|[0-4])((?:[cpyCPY](?![TNMp])|[a-zA-Z&&[^cpyCPYTNM]])?)\\s*");
  private final TnmCategories categories;

  /** A parser that accepts the categories the vocabulary defines, AJCC 8th or another standard. */
  public TnmParser(TnmCategories categories) {
    this.categories = categories;
  }

  /** Whether {@code category} ("T3a", "N2", "M1c") is a category of the vocabulary, AJCC or not. */
  public boolean isCategory(String category) {
    return categories.find(category).isPresent();
  }

  /** The category ("T3a") as the vocabulary defines it, if it does. */
  public Optional<TnmCategory> category(String name) {
    return categories.find(name);
  }

  /** The warnings {@code tnm} calls for: one per category that AJCC 8th does not define. */
  public List<String> warnings(TnmClassification tnm) {
    return categories.warnings(tnm);
  }

  /** The warning for one category as written ("cT3a"), if AJCC 8th does not define it. */
  public Optional<String> warning(String written) {
    return categories.warning(written);
  }

  public TnmClassification parse(String text) {
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
            + " prefix (c, p, yp), the axis (T, N or M) and its value, e.g. pT4b N2a M1b. %s.")
            .formatted(compact.substring(position).strip(), text, position + 1, categories.valid()));
      }
      char axis = matcher.group(2).charAt(0);
      String value = normalise(matcher.group(3)) + matcher.group(4).toLowerCase();
      if (!isCategory(axis + value)) {
        throw new TnmParseException("'%s' in TNM '%s' is a category of no staging standard the knowledge base knows. %s categories: %s."
            .formatted(matcher.group().strip(), text, axis, categories.valid(axis)));
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
