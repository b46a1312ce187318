package org.w3id.crlm.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern PLACE = Pattern.compile("at line (\\d+), column (\\d+)");

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
      throw describe(e);
    }
  }

  /**
   * Jena's message says where the offending token starts ("at line 2, column 7") and lists every
   * token it would have accepted; the message here keeps the place, the token and a short list.
   */
  private static BadQueryException describe(QueryParseException e) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    int line = e.getLine();
    int column = e.getColumn();
    Matcher place = PLACE.matcher(message);
    if (place.find()) {
      line = Integer.parseInt(place.group(1));
      column = Integer.parseInt(place.group(2));
    }
    String[] lines = message.split("\\R");
    String detail = lines[0].replaceAll("\\s*at line \\d+, column \\d+\\.?", "").strip();
    List<String> expected = new ArrayList<>();
    boolean inExpected = false;
    for (String l : lines) {
      if (l.startsWith("Was expecting")) {
        inExpected = true;
      } else if (inExpected && !l.isBlank()) {
        expected.add(l.strip().replace(" ...", ""));
      }
    }
    if (!expected.isEmpty()) {
      detail += "; expected " + (expected.size() > 8
          ? String.join(", ", expected.subList(0, 8)) + " or one of " + (expected.size() - 8) + " more"
          : String.join(", ", expected));
    }
    String where = line > 0 ? "at line %d, column %d".formatted(line, column) : "";
    return new BadQueryException(
        ("SPARQL syntax error " + where + ": " + detail + ".").replace("  ", " "), line, column);
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
