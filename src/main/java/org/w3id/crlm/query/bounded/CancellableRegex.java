package org.w3id.crlm.query.bounded;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * A pattern of REGEX or REPLACE compiled as Jena compiles it (the same flags, the same errors),
 * and matched over {@link CancellableText}.
 */
final class CancellableRegex {
  private CancellableRegex() {}

  /** The compiled pattern when pattern and flags are constants, else null (compiled per row). */
  static Pattern constant(String label, org.apache.jena.sparql.expr.Expr pattern, org.apache.jena.sparql.expr.Expr flags) {
    if (pattern.isConstant() && pattern.getConstant().isString()
        && (flags == null || flags.isConstant() && flags.getConstant().isString())) {
      return compile(label, pattern.getConstant(), flags == null ? null : flags.getConstant());
    }
    return null;
  }

  static Pattern compile(String label, NodeValue pattern, NodeValue flags) {
    if (!pattern.isString()) {
      throw new ExprEvalException(label + ": the pattern is not a string: " + pattern);
    }
    if (flags != null && !flags.isString()) {
      throw new ExprEvalException(label + ": the flags are not a string: " + flags);
    }
    String flagText = flags == null ? null : flags.getString();
    if (flagText != null && !flagText.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
      throw new ExprEvalException(label + ": only the flags s, m, i, x and q are allowed, not \"" + flagText + "\"");
    }
    return RegexEngine.makePattern(label, pattern.getString(), flagText);
  }

  static String lexicalForm(String label, NodeValue value) {
    return NodeValueOps.checkAndGetStringLiteral(label, value).getLiteralLexicalForm();
  }

  /**
   * REPLACE as Jena does it: every match replaced, an empty match only where it is the first;
   * null when nothing matched. The result is refused as soon as it grows over the bound.
   */
  static String replaceAll(Matcher matcher, String replacement) {
    try {
      StringBuilder result = null;
      while (matcher.find()) {
        if (result == null) {
          result = new StringBuilder();
        } else if (matcher.start() == matcher.end()) {
          continue;
        }
        matcher.appendReplacement(result, replacement);
        GeneratedStrings.check("REPLACE", result.length());
      }
      if (result == null) {
        return null;
      }
      matcher.appendTail(result);
      return result.toString();
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
    }
  }
}
