package org.w3id.crlm.query.bounded;

import java.util.List;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;

/** SPARQL's CONCAT, and fn:concat, refusing to make a string over {@link GeneratedStrings#MAX_LENGTH}. */
public final class BoundedConcat extends E_StrConcat {
  public BoundedConcat(ExprList args) {
    super(args);
  }

  @Override
  public NodeValue eval(List<NodeValue> args) {
    GeneratedStrings.check("CONCAT", GeneratedStrings.concatenatedLength(args));
    return XSDFuncOp.strConcat(args);
  }

  @Override
  public Expr copy(ExprList args) {
    return new BoundedConcat(args);
  }

  /** fn:concat, bounded alike. */
  static final class XPath extends FunctionBase {
    @Override
    public NodeValue exec(List<NodeValue> args) {
      GeneratedStrings.check("fn:concat", GeneratedStrings.concatenatedLength(args));
      return XSDFuncOp.fnConcat(args);
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
      // Any number of arguments, as in Jena's fn:concat.
    }
  }
}
