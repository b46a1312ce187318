package org.w3id.crlm.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;

/** Runs parsed queries against a dataset with a time limit and writes the results. */
public final class QueryRunner {
  private final Dataset dataset;
  private final Duration timeout;

  public QueryRunner(Dataset dataset, Duration timeout) {
    this.dataset = dataset;
    this.timeout = timeout;
  }

  /** Runs {@code query} and writes its result to {@code out} in {@code format}. */
  public void run(Query query, ResultFormat format, OutputStream out) {
    checkFormatFits(query, format);
    try {
      Txn.executeRead(dataset, () -> {
        try (QueryExecution execution = execution(query)) {
          write(query, execution, format, out);
        }
      });
    } catch (QueryCancelledException e) {
      throw new QueryTimeoutException(timeout);
    }
  }

  private QueryExecution execution(Query query) {
    return QueryExecution.dataset(dataset)
        .query(query)
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  private static void write(Query query, QueryExecution execution, ResultFormat format, OutputStream out) {
    if (query.isSelectType()) {
      ResultSet results = execution.execSelect();
      if (format == ResultFormat.TABLE) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ResultSetFormatter.out(print, results, query.getPrefixMapping());
        print.flush();
      } else {
        ResultSetMgr.write(out, results, format.resultsLang());
      }
    } else if (query.isAskType()) {
      boolean answer = execution.execAsk();
      if (format == ResultFormat.TABLE) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        print.println(answer ? "yes" : "no");
      } else {
        ResultSetMgr.write(out, answer, format.resultsLang());
      }
    } else {
      Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
      model.setNsPrefixes(query.getPrefixMapping());
      RDFDataMgr.write(out, model, format.rdfLang());
    }
  }

  private static void checkFormatFits(Query query, ResultFormat format) {
    boolean bindings = query.isSelectType() || query.isAskType();
    if (bindings != format.isResultSetFormat()) {
      throw new BadQueryException(
          "A %s query cannot be written as %s. Use %s."
              .formatted(
                  query.queryType(),
                  format.name().toLowerCase(),
                  bindings ? "table, csv, tsv, json or xml" : "turtle, ntriples, jsonld or rdfxml"),
          -1,
          -1);
    }
  }
}
