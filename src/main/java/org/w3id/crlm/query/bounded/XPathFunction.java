package org.w3id.crlm.query.bounded;

import java.util.function.Function;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** A function called by its IRI (fn:matches, sparql:concat...), evaluated as the bounded expression over the same arguments. */
final class XPathFunction implements org.apache.jena.sparql.function.Function {
  private final int minArgs;
  private final int maxArgs;
  private final Function<ExprList, Expr> expression;
  private Expr built;

  XPathFunction(int minArgs, int maxArgs, Function<ExprList, Expr> expression) {
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.expression = expression;
  }

  @Override
  public void build(String uri, ExprList args, Context context) {
    if (args.size() < minArgs || args.size() > maxArgs) {
      throw new ExprEvalException("%s takes from %d to %d arguments, not %d".formatted(uri, minArgs, maxArgs, args.size()));
    }
    built = expression.apply(args);
  }

  @Override
  public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
    return built.eval(binding, env);
  }
}
