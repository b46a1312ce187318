package org.w3id.crlm.query.bounded;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The longest string a query may make. Without a bound, thirty BINDs that each CONCAT a value
 * with itself ask for a string of a billion characters in one step, which no time limit can
 * stop before the memory runs out. A longer string is an evaluation error: the value is unbound,
 * as for any other error in an expression.
 */
final class GeneratedStrings {
  static final int MAX_LENGTH = 1 << 20;

  private GeneratedStrings() {}

  /** Refuses to make a string of {@code length} characters when it is over the bound. */
  static void check(String function, long length) {
    if (length > MAX_LENGTH) {
      throw new ExprEvalException("%s would make a string of %d characters, over the %d a query may make"
          .formatted(function, length, MAX_LENGTH));
    }
  }

  /** The characters that concatenating the lexical forms of {@code args} makes. */
  static long concatenatedLength(List<NodeValue> args) {
    long length = 0;
    for (NodeValue arg : args) {
      Node node = arg.asNode();
      length += node.isLiteral() ? node.getLiteralLexicalForm().length() : 0;
    }
    return length;
  }
}
