package org.w3id.crlm.query.bounded;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REPLACE, stopped when its query is cancelled (see {@link CancellableText}) and
 * refusing a result over {@link GeneratedStrings#MAX_LENGTH}; the result keeps the language tag
 * or datatype of the text, as in Jena.
 */
public final class DeadlineReplace extends E_StrReplace {
  private final Pattern constant;

  public DeadlineReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
    super(text, pattern, replacement, flags);
    this.constant = CancellableRegex.constant("REPLACE", pattern, flags);
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    NodeValue text = args.get(0);
    String lexical = CancellableRegex.lexicalForm("REPLACE", text);
    String replacement = CancellableRegex.lexicalForm("REPLACE", args.get(2));
    Pattern pattern = constant != null ? constant
        : CancellableRegex.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    String result = CancellableRegex.replaceAll(pattern.matcher(CancellableText.of(lexical, env)), replacement);
    if (result == null || result.equals(lexical)) {
      return text;
    }
    Node node = text.asNode();
    return NodeValue.makeNode(NodeFactory.createLiteral(result, node.getLiteralLanguage(), node.getLiteralBaseDirection(),
        node.getLiteralDatatype()));
  }

  /**
   * Evaluation with no query around it, as Jena's constant folding does while it optimizes: refused,
   * so that the expression is left to run in the query, where its time limit can stop it.
   */
  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REPLACE is evaluated when the query runs, under its time limit");
  }

  @Override
  public Expr copy(ExprList args) {
    return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
  }
}
