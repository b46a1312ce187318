package org.w3id.crlm.query.bounded;

import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Puts the bounded forms of Jena's expressions in a query's algebra, everywhere an expression
 * can be (filters, BIND, SELECT expressions, ORDER BY, aggregates, inside EXISTS): REGEX and
 * REPLACE that the query's cancellation stops, CONCAT and REPLACE that make no string over
 * {@link GeneratedStrings#MAX_LENGTH}; and the same for the XPath functions fn:matches,
 * fn:replace and fn:concat in a function registry.
 */
public final class BoundedExpressions extends ExprTransformCopy {
  private static final String XPATH_FUNCTIONS = "http://www.w3.org/2005/xpath-functions#";
  private static final String SPARQL_FUNCTIONS = "http://www.w3.org/ns/sparql#";

  /** {@code op} with every regular expression cancellable and every generated string bounded. */
  public static Op apply(Op op) {
    return Transformer.transform(new TransformCopy(), new BoundedExpressions(), op);
  }

  /**
   * Replaces, in {@code registry}, the functions that match a regular expression or make a string
   * (fn:matches, fn:replace, fn:concat, and REGEX, REPLACE and CONCAT called by their IRIs in the
   * SPARQL function namespace) by their bounded forms.
   */
  public static void replaceFunctions(FunctionRegistry registry) {
    for (String namespace : List.of(XPATH_FUNCTIONS, SPARQL_FUNCTIONS)) {
      String matches = namespace.equals(XPATH_FUNCTIONS) ? "matches" : "regex";
      registry.put(namespace + matches, uri -> new XPathFunction(2, 3,
          args -> new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null)));
      registry.put(namespace + "replace", uri -> new XPathFunction(3, 4,
          args -> new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null)));
    }
    registry.put(XPATH_FUNCTIONS + "concat", uri -> new BoundedConcat.XPath());
    registry.put(SPARQL_FUNCTIONS + "concat", uri -> new XPathFunction(0, Integer.MAX_VALUE, BoundedConcat::new));
  }

  @Override
  public Expr transform(ExprFunctionN function, ExprList args) {
    if (function instanceof E_Regex && !(function instanceof DeadlineRegex)) {
      return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
    if (function instanceof E_StrConcat && !(function instanceof BoundedConcat)) {
      return new BoundedConcat(args);
    }
    if (function instanceof E_StrReplace && !(function instanceof DeadlineReplace)) {
      return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }
    return super.transform(function, args);
  }
}
