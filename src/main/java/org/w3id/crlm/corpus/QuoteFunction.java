package org.w3id.crlm.corpus;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;

/**
 * SPARQL function {@code crlm:quote(fileName, start, end)}: the supporting sentence, read from the
 * corpus when the query runs, with line breaks and end-of-line hyphenation of the extracted text
 * undone. The knowledge base stores only the locator.
 */
public final class QuoteFunction extends FunctionBase3 {
  public static final String IRI = Crlm.NS + "quote";
  private final Corpus corpus;

  private QuoteFunction(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Makes {@code crlm:quote} available to every query of this JVM, reading from {@code corpus}. */
  public static void register(Corpus corpus) {
    FunctionRegistry.get().put(IRI, uri -> new QuoteFunction(corpus));
  }

  @Override
  public NodeValue exec(NodeValue file, NodeValue start, NodeValue end) {
    try {
      String span = corpus.span(file.getString(), start.getInteger().intValueExact(), end.getInteger().intValueExact());
      return NodeValue.makeString(readable(span));
    } catch (CrlmException | ArithmeticException e) {
      throw new ExprEvalException("crlm:quote: " + e.getMessage());
    }
  }

  static String readable(String span) {
    return span.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").strip();
  }
}
