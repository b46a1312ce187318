package org.w3id.crlm.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;
import org.w3id.crlm.ontology.Crlm;

/**
 * Parses SPARQL 1.1 queries. The crlm prefixes are known in advance, so a query may use
 * {@code crlm:} without declaring it; a declaration in the query wins.
 */
public final class SparqlQueries {
  private static final PrefixMapping KNOWN_PREFIXES = knownPrefixes();

  private SparqlQueries() {}

  /**
   * Parses {@code text}; a syntax error becomes a {@link BadQueryException} naming the line and
   * column, and an update request is refused because the knowledge base is read-only.
   */
  public static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BadQueryException(
          "The query is empty. Give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query.", -1, -1);
    }
    Query query = new Query();
    query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(KNOWN_PREFIXES));
    try {
      QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
      return query;
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw new BadQueryException(
            "This is a SPARQL Update request. The knowledge base is read-only: only SELECT, ASK,"
                + " CONSTRUCT and DESCRIBE queries are run.",
            -1,
            -1);
      }
      throw new BadQueryException(describe(e), e.getLine(), e.getColumn());
    }
  }

  private static String describe(QueryParseException e) {
    String detail = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    if (e.getLine() > 0) {
      return "SPARQL syntax error at line %d, column %d: %s".formatted(e.getLine(), e.getColumn(), detail);
    }
    return "SPARQL error: " + detail;
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
      return true;
    } catch (RuntimeException notAnUpdate) {
      return false;
    }
  }

  /** The predeclared prefixes (crlm, owl, rdfs, skos, ...), read-only. */
  public static PrefixMapping prefixes() {
    return KNOWN_PREFIXES;
  }

  private static PrefixMapping knownPrefixes() {
    Query query = QueryFactory.create(Crlm.PREFIXES + "ASK {}");
    return PrefixMapping.Factory.create().setNsPrefixes(query.getPrefixMapping()).lock();
  }
}
