package org.w3id.crlm.check;

/**
 * How deeply a Turtle text nests blank-node property lists ({@code [ ]}) and collections
 * ({@code ( )}), counted without parsing: brackets inside strings, IRIs and comments do not
 * count. The parser descends once per level, so a draft nested a hundred thousand levels deep
 * would exhaust its stack; it is refused before parsing instead.
 */
final class TurtleNesting {
  private TurtleNesting() {}

  static int depth(String text) {
    int depth = 0;
    int max = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '<') {
        i = skipIri(text, i);
      } else if (c == '"' || c == '\'') {
        i = skipString(text, i, c);
      } else {
        if (c == '[' || c == '(') {
          max = Math.max(max, ++depth);
        } else if ((c == ']' || c == ')') && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return max;
  }

  /** Past an IRI; a '<' that opens none (there is no '>' on its line) is passed by itself. */
  private static int skipIri(String text, int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c == '\n' || c == ' ' || c == '"') {
        return start + 1;
      }
    }
    return start + 1;
  }

  private static int skipString(String text, int start, char quote) {
    boolean triple = text.startsWith(String.valueOf(quote).repeat(3), start);
    int i = start + (triple ? 3 : 1);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (triple ? text.startsWith(String.valueOf(quote).repeat(3), i) : c == quote) {
        return i + (triple ? 3 : 1);
      } else if (!triple && (c == '\n' || c == '\r')) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }
}
