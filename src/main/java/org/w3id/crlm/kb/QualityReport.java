package org.w3id.crlm.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Runs the quality-check queries (classpath {@code org/w3id/crlm/quality/*.rq}) on the asserted
 * statements. Each query returns the offending entities; its header says the problem and the fix.
 */
public final class QualityReport {
  private static final List<String> CHECKS = List.of("missing-label", "missing-definition");

  private QualityReport() {}

  /** Check name to offending entity IRIs; only checks with findings are present. */
  public static Map<String, List<String>> run(KnowledgeBase kb) {
    Dataset asserted = GraphSelection.ASSERTED.view(kb.dataset());
    Map<String, List<String>> findings = new LinkedHashMap<>();
    for (String check : CHECKS) {
      List<String> offending = new ArrayList<>();
      Txn.executeRead(kb.dataset(), () -> {
        try (QueryExecution qe = QueryExecution.dataset(asserted).query(SparqlQueries.parse(text(check))).build()) {
          qe.execSelect().forEachRemaining(row -> offending.add(row.get("entity").toString()));
        }
      });
      if (!offending.isEmpty()) {
        findings.put(check, offending);
      }
    }
    return findings;
  }

  private static String text(String check) {
    String resource = "/org/w3id/crlm/quality/" + check + ".rq";
    try (InputStream in = QualityReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Quality check missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
