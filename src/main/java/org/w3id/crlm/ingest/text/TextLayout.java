package org.w3id.crlm.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of extracted text: which lines form a paragraph of prose, and which stand alone
 * (Markdown headings, table rows, list items and references, captions, short heading-like
 * lines). It also keeps a masked copy of the text, the same length, in which markup (HTML tags,
 * reference superscripts, heading hashes, table pipes) and line breaks are spaces, so that
 * offsets found in the copy are offsets in the document.
 */
final class TextLayout {
  private static final Pattern SUPERSCRIPT_REFERENCE =
      Pattern.compile("<sup>[\\s\\d,\\u2013\\u2014-]{1,40}</sup>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>\\n]{0,200})?/?>");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s");
  private static final Pattern BULLET = Pattern.compile("^\\s*([-*+\\u2022\\u25CF])\\s+\\S");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+\\S");
  private static final Pattern CAPTION = Pattern.compile("^\\s*(?:Figure|Fig\\.|Table|Supplementary)\\s*[A-Z]?\\d");
  private static final int SHORT_LINE = 60;
  /** A line ending in a colon (perhaps with reference numbers) introduces what follows. */
  private static final Pattern INTRODUCES_LIST = Pattern.compile(":\\s*(?:\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)?\\s*$");

  /** A run of lines read as one flow of text; a list item is told apart for its trailing references. */
  record Block(Span span, boolean listItem) {}

  private final char[] masked;
  private final List<Block> blocks;

  private TextLayout(char[] masked, List<Block> blocks) {
    this.masked = masked;
    this.blocks = blocks;
  }

  static TextLayout of(String text) {
    char[] masked = text.toCharArray();
    mask(masked, text, SUPERSCRIPT_REFERENCE);
    mask(masked, text, TAG);
    List<Block> blocks = new ArrayList<>();
    int blockStart = -1;
    boolean listItem = false;
    boolean previousWasRow = false;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int next = newline < 0 ? text.length() : newline + 1;
      String line = new String(masked, lineStart, lineEnd - lineStart);
      Kind kind = classify(line);
      if (kind == Kind.HEADING) {
        Matcher hashes = HEADING.matcher(line);
        hashes.lookingAt();
        Arrays.fill(masked, lineStart + hashes.start(1), lineStart + hashes.end(1), ' ');
      } else if (kind == Kind.TABLE_ROW) {
        for (int i = lineStart; i < lineEnd; i++) {
          if (masked[i] == '|' || masked[i] == '\t') {
            masked[i] = ' ';
          }
        }
      }
      if (kind != Kind.PROSE) {
        blockStart = close(blocks, blockStart, lineStart, listItem);
      }
      if (kind == Kind.PROSE && (blockStart < 0 || startsOwnBlock(line) || isHeadingLike(line, text, next)
          || previousWasRow && isShortUnpunctuated(line))) {
        blockStart = close(blocks, blockStart, lineStart, listItem);
        blockStart = lineStart;
        Matcher bullet = BULLET.matcher(line);
        listItem = bullet.lookingAt();
        if (listItem) {
          masked[lineStart + bullet.start(1)] = ' ';
        }
      }
      if (kind == Kind.HEADING || kind == Kind.TABLE_ROW) {
        blocks.add(new Block(new Span(lineStart, lineEnd), false));
      }
      if (newline >= 0) {
        masked[newline] = ' ';
      }
      boolean row = kind == Kind.PROSE && (isHeadingLike(line, text, next) || previousWasRow && isShortUnpunctuated(line));
      if (row || kind == Kind.PROSE && introducesList(line)) {
        blockStart = close(blocks, blockStart, lineEnd, listItem);
      }
      previousWasRow = row;
      lineStart = next;
    }
    close(blocks, blockStart, text.length(), listItem);
    for (int i = 0; i < masked.length; i++) {
      if (masked[i] == '\r') {
        masked[i] = ' ';
      }
    }
    return new TextLayout(masked, blocks);
  }

  List<Block> blocks() {
    return blocks;
  }

  /** The block's text with markup and line breaks as spaces: what sentence rules read. */
  String flowText(Span block) {
    return new String(masked, block.start(), block.length());
  }

  /** The span without surrounding white space or markup, or empty if nothing is left. */
  Optional<Span> trimmed(int start, int end) {
    while (start < end && Character.isWhitespace(masked[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(masked[end - 1])) {
      end--;
    }
    return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  private enum Kind { BLANK, HEADING, TABLE_ROW, PROSE }

  private static Kind classify(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return Kind.BLANK;
    }
    if (HEADING.matcher(line).lookingAt()) {
      return Kind.HEADING;
    }
    if (trimmed.startsWith("|") || trimmed.chars().filter(c -> c == '|').count() >= 2
        || trimmed.chars().filter(c -> c == '\t').count() >= 2) {
      return Kind.TABLE_ROW;
    }
    return Kind.PROSE;
  }

  char charAt(int index) {
    return masked[index];
  }

  /**
   * List items, numbered references and captions start a block; so does a line indented with a
   * typographic space (an em space opening each row of a table that lost its cell borders).
   */
  private static boolean startsOwnBlock(String line) {
    return BULLET.matcher(line).lookingAt() || NUMBERED.matcher(line).lookingAt() || CAPTION.matcher(line).lookingAt()
        || !line.isEmpty() && line.charAt(0) != ' ' && Character.getType(line.charAt(0)) == Character.SPACE_SEPARATOR;
  }

  /**
   * A short line that does not end like running text, followed by a line that starts with a
   * capital or a digit, is a heading, a table cell or a caption line: a block of its own.
   */
  private static boolean isHeadingLike(String line, String text, int next) {
    String trimmed = line.strip();
    if (trimmed.length() > SHORT_LINE || trimmed.isEmpty()) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    if (",;:-(/&".indexOf(last) >= 0 || Character.isLowerCase(last) && endsWithFunctionWord(trimmed)) {
      return false;
    }
    int i = next;
    while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i));
  }

  /** A short line with no sentence punctuation at its end: after a table row, another row. */
  private static boolean isShortUnpunctuated(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && trimmed.length() <= SHORT_LINE && ".?!:;,".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with",
      "and", "or", "by", "from", "as", "was", "were", "is", "are", "be", "been", "that", "which", "than", "after", "before",
      "between");

  private static boolean endsWithFunctionWord(String trimmed) {
    int start = trimmed.length();
    while (start > 0 && Character.isLetterOrDigit(trimmed.charAt(start - 1))) {
      start--;
    }
    return FUNCTION_WORDS.contains(trimmed.substring(start).toLowerCase(Locale.ROOT));
  }

  /** Only the last colon of a line can be followed by nothing but reference numbers. */
  private static boolean introducesList(String line) {
    int colon = line.lastIndexOf(':');
    return colon >= 0 && INTRODUCES_LIST.matcher(line).region(colon, line.length()).lookingAt();
  }

  private static int close(List<Block> blocks, int blockStart, int end, boolean listItem) {
    if (blockStart >= 0 && end > blockStart) {
      blocks.add(new Block(new Span(blockStart, end), listItem));
    }
    return -1;
  }

  /** Blanks what {@code markup} matches; both markup patterns start with "<", so only those places are tried. */
  private static void mask(char[] masked, String text, Pattern markup) {
    Matcher matcher = markup.matcher(text);
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
      if (matcher.region(at, text.length()).lookingAt()) {
        Arrays.fill(masked, at, matcher.end(), ' ');
        at = matcher.end();
      } else {
        at++;
      }
    }
  }
}
