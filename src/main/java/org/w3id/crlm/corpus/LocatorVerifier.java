package org.w3id.crlm.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Resolves every sentence locator of the asserted graph against the corpus: the span must exist
 * and its digest must match. A locator that no longer matches (the document changed, or the
 * offsets were mistyped) stops the build with the fact, the document and the offsets.
 */
public final class LocatorVerifier {
  private static final String LOCATORS = """
      SELECT ?item ?file ?start ?end ?digest WHERE {
        { ?item crlm:hasLocator ?locator .
          OPTIONAL { ?item prov:wasDerivedFrom/crlm:fileName ?file } }
        UNION
        { ?item crlm:titleLocator ?locator .
          OPTIONAL { ?item crlm:fileName ?file } }
        OPTIONAL { ?locator oa:start ?start }
        OPTIONAL { ?locator oa:end ?end }
        OPTIONAL { ?locator crlm:sha256Prefix ?digest }
      } ORDER BY ?item
      """;

  private LocatorVerifier() {}

  /** Checks every locator; returns how many were checked. */
  public static int verify(Graph asserted, Corpus corpus) {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(asserted))
        .query(SparqlQueries.parse(LOCATORS)).build()) {
      for (var rows = qe.execSelect(); rows.hasNext(); ) {
        QuerySolution row = rows.next();
        checked++;
        String item = row.getResource("item").getURI();
        if (row.get("file") == null || row.get("start") == null || row.get("end") == null || row.get("digest") == null) {
          problems.add("%s: its locator needs prov:wasDerivedFrom a document with crlm:fileName, oa:start, oa:end and crlm:sha256Prefix".formatted(item));
          continue;
        }
        String file = row.getLiteral("file").getString();
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        String expected = row.getLiteral("digest").getString();
        try {
          String actual = SpanDigest.of(corpus.span(file, start, end));
          if (!actual.equals(expected)) {
            problems.add("%s: %s characters %d-%d no longer match (digest %s, locator says %s); locate the sentence again"
                .formatted(item, file, start, end, actual, expected));
          }
        } catch (CrlmException e) {
          problems.add("%s: %s".formatted(item, e.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CrlmException("%d of %d sentence locators do not resolve against the corpus in %s:\n  %s"
          .formatted(problems.size(), checked, corpus.directory(), String.join("\n  ", problems)));
    }
    return checked;
  }
}
