package org.w3id.crlm.ingest.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ingest.IngestResources;

/**
 * Splits a document into sentences. Layout is read first ({@link TextLayout}: paragraphs,
 * headings, table rows, HTML remnants); within a block, line breaks are spaces and ICU's
 * sentence rules (UAX #29) decide, except after the abbreviations of {@code abbreviations.txt}
 * ("et al.", "Fig.", "vs.", "e.g." and the like). UAX #29 already keeps decimals (3.8),
 * ranges (6.0 - 9.8) and units (mg/m2) whole. One rule is added: a reference number glued to a
 * full stop ("survival.23 Patients") ends the sentence at the full stop; reference numbers set
 * apart after a sentence ("resectable. 2 The") belong to no sentence; a structured-abstract label
 * ("Background:") is a heading of its own.
 */
public final class SentenceSegmenter {
  /** A terminator with a reference number glued to it: "survival.23 Patients". */
  private static final Pattern GLUED_REFERENCE =
      Pattern.compile("[.?!](?<=[\\p{L})\\]][.?!])(\\d{1,3}(?:[,\\u2013-]\\d{1,3})*)(?=\\s+[\\p{Lu}\\[(]|\\s*$)");
  /** A sentence end with no space after it: "of >1 mm.RI resection is". */
  private static final Pattern GLUED_SENTENCE = Pattern.compile("\\.(?<=\\p{Ll}{2}\\.)(?=\\p{Lu}\\p{L}*\\s)");
  /**
   * Reference numbers or a figure call that open a sentence after the previous one ended:
   * "... resectable. 2 The", "... stage IV). (Figure 1) Immunohistochemistry".
   */
  private static final Pattern LEADING_REFERENCE = Pattern.compile(
      "^(?:\\d{1,2}(?:\\s*,\\s*\\d{1,2})*|\\((?:Figures?|Figs?\\.|Tables?)\\s*[^()]{0,20}\\))\\s+(?=\\p{Lu})");
  /** Reference numbers after the terminator at the end: "... when: 1" (tried only where a digit ends the sentence). */
  private static final Pattern TRAILING_REFERENCE =
      Pattern.compile("\\s(?<=[.?!:]\\s)\\s*\\d{1,2}(?:\\s*,\\s*\\d{1,2})*$");
  /** Reference numbers closing a list item that has no terminator: "... status 2". */
  private static final Pattern ITEM_REFERENCE =
      Pattern.compile("\\s(?<=[\\p{L})]\\s)\\s*\\d{1,2}(?:\\s*,\\s*\\d{1,2})*$");
  /** A structured-abstract label opening a block: "Background:", "Case summary:". */
  private static final Pattern LABEL =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,2}:(?=\\s+\\p{Lu})");

  private static final Set<String> ABBREVIATIONS = Set.copyOf(IngestResources.lines("abbreviations.txt").stream().map(String::strip).toList());

  private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

  /** The sentences of {@code text}, in order, without leading or trailing white space. */
  public List<Span> sentences(String text) {
    TextLayout layout = TextLayout.of(text);
    BreakIterator iterator = (BreakIterator) prototype.clone();
    List<Span> sentences = new ArrayList<>();
    for (TextLayout.Block block : layout.blocks()) {
      String flow = layout.flowText(block.span());
      int offset = block.span().start();
      iterator.setText(flow);
      int start = iterator.first();
      boolean first = true;
      for (int end = next(iterator, flow); end != BreakIterator.DONE; start = end, end = next(iterator, flow)) {
        if (first) {
          while (start < end && Character.isWhitespace(flow.charAt(start))) {
            start++;
          }
          Matcher label = LABEL.matcher(flow).region(start, end);
          if (label.lookingAt()) {
            layout.trimmed(offset + start, offset + label.end()).ifPresent(sentences::add);
            start = label.end();
          }
          first = false;
        }
        Matcher glued = GLUED_SENTENCE.matcher(flow).region(start, end);
        int from = start;
        while (hasPunctuationBefore(flow, from, end, Character::isUpperCase) && glued.find()) {
          addWithoutGluedReferences(flow, from, glued.end(), offset, block.listItem(), layout, sentences);
          from = glued.end();
        }
        addWithoutGluedReferences(flow, from, end, offset, block.listItem(), layout, sentences);
      }
    }
    return sentences;
  }

  /**
   * The next boundary that does not follow an abbreviation. ICU's own suppression list matches
   * word endings ("al." would keep "controversial. Liver" together), so the whole word before
   * the break is compared here instead.
   */
  private static int next(BreakIterator iterator, String flow) {
    int boundary = iterator.next();
    while (boundary != BreakIterator.DONE && boundary < flow.length() && followsAbbreviation(flow, boundary)) {
      boundary = iterator.next();
    }
    return boundary;
  }

  private static boolean followsAbbreviation(String flow, int boundary) {
    int end = boundary;
    while (end > 0 && Character.isWhitespace(flow.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(flow.charAt(start - 1)) && flow.charAt(start - 1) != '(') {
      start--;
    }
    return start < end && ABBREVIATIONS.contains(flow.substring(start, end));
  }

  /**
   * Whether a full stop, question or exclamation mark in [from, end) is directly followed by a
   * character {@code next} accepts: what the glued-sentence and glued-reference patterns need. Most
   * sentences have none, and this scan is far cheaper than running the patterns over them.
   */
  private static boolean hasPunctuationBefore(String flow, int from, int end, java.util.function.IntPredicate next) {
    for (int i = from; i < end - 1; i++) {
      char c = flow.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && next.test(flow.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static void addWithoutGluedReferences(
      String flow, int start, int end, int offset, boolean listItem, TextLayout layout, List<Span> out) {
    Matcher glued = GLUED_REFERENCE.matcher(flow).region(start, end);
    int from = start;
    while (hasPunctuationBefore(flow, from, end, Character::isDigit) && glued.find()) {
      add(flow, from, glued.start(1), offset, listItem, layout, out);
      from = glued.end();
    }
    add(flow, from, end, offset, listItem, layout, out);
  }

  /** Adds the sentence [start, end) of the block's flow text, without reference numbers around it. */
  private static void add(String flow, int start, int end, int offset, boolean listItem, TextLayout layout, List<Span> out) {
    Optional<Span> trimmed = layout.trimmed(offset + start, offset + end);
    if (trimmed.isEmpty()) {
      return;
    }
    int s = trimmed.get().start() - offset;
    int e = trimmed.get().end() - offset;
    if (endsSentence(out, layout)) {
      Matcher leading = LEADING_REFERENCE.matcher(flow).region(s, e);
      if (leading.lookingAt()) {
        s = leading.end();
      }
    }
    if (Character.isDigit(flow.charAt(e - 1))) {
      Matcher trailing = (listItem ? ITEM_REFERENCE : TRAILING_REFERENCE).matcher(flow).region(s, e);
      if (trailing.find()) {
        e = trailing.start();
      } else if (listItem) {
        Matcher afterTerminator = TRAILING_REFERENCE.matcher(flow).region(s, e);
        if (afterTerminator.find()) {
          e = afterTerminator.start();
        }
      }
    }
    layout.trimmed(offset + s, offset + e).ifPresent(out::add);
  }

  private static boolean endsSentence(List<Span> out, TextLayout layout) {
    return !out.isEmpty() && ".?!:".indexOf(layout.charAt(out.get(out.size() - 1).end() - 1)) >= 0;
  }

}
