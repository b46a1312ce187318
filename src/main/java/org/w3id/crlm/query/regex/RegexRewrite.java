package org.w3id.crlm.query.regex;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Puts the cancellable REGEX and REPLACE in place of Jena's in a query's algebra, everywhere an
 * expression can be (filters, BIND, SELECT expressions, ORDER BY, aggregates, inside EXISTS),
 * and the XPath functions fn:matches and fn:replace in a function registry.
 */
public final class RegexRewrite extends ExprTransformCopy {
  private static final String XPATH_FUNCTIONS = "http://www.w3.org/2005/xpath-functions#";

  /** {@code op} with every regular expression cancellable. */
  public static Op apply(Op op) {
    return Transformer.transform(new TransformCopy(), new RegexRewrite(), op);
  }

  /** Replaces fn:matches and fn:replace of {@code registry} by their cancellable forms. */
  public static void replaceXPathFunctions(FunctionRegistry registry) {
    registry.put(XPATH_FUNCTIONS + "matches", uri -> new XPathRegexFunction(2, 3,
        args -> new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null)));
    registry.put(XPATH_FUNCTIONS + "replace", uri -> new XPathRegexFunction(3, 4,
        args -> new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null)));
  }

  @Override
  public Expr transform(ExprFunctionN function, ExprList args) {
    if (function instanceof E_Regex && !(function instanceof DeadlineRegex)) {
      return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
    if (function instanceof E_StrReplace && !(function instanceof DeadlineReplace)) {
      return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }
    return super.transform(function, args);
  }
}
