package org.w3id.crlm.query.bounded;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL's REGEX, stopped when its query is cancelled (see {@link CancellableText}). */
public final class DeadlineRegex extends E_Regex {
  private final Pattern constant;

  public DeadlineRegex(Expr text, Expr pattern, Expr flags) {
    super(text, pattern, flags);
    this.constant = CancellableRegex.constant("REGEX", pattern, flags);
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    String text = CancellableRegex.lexicalForm("REGEX", args.get(0));
    Pattern pattern = constant != null ? constant
        : CancellableRegex.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    return NodeValue.booleanReturn(pattern.matcher(CancellableText.of(text, env)).find());
  }

  /**
   * Evaluation with no query around it, as Jena's constant folding does while it optimizes: refused,
   * so that the expression is left to run in the query, where its time limit can stop it.
   */
  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REGEX is evaluated when the query runs, under its time limit");
  }

  @Override
  public Expr copy(ExprList args) {
    return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
  }
}
