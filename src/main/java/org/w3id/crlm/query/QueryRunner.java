package org.w3id.crlm.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;

/**
 * Runs parsed queries against a dataset under a {@link QueryPolicy}, stopped at a deadline, and
 * writes the results.
 */
public final class QueryRunner {
  private final Dataset dataset;
  private final RemoteStore remote;
  private final QueryPolicy policy;

  public QueryRunner(Dataset dataset, QueryPolicy policy) {
    this(dataset, null, policy);
  }

  private QueryRunner(Dataset dataset, RemoteStore remote, QueryPolicy policy) {
    this.dataset = dataset;
    this.remote = remote;
    this.policy = policy;
  }

  /** A runner that sends the queries to another store's SPARQL endpoint instead of running them here. */
  public static QueryRunner remote(RemoteStore store, QueryPolicy policy) {
    return new QueryRunner(null, store, policy);
  }

  /**
   * Runs {@code query} and writes its result to {@code out} in {@code format}; stops it at
   * {@code deadline} with a {@link DeadlineExceededException}, the thread free again.
   */
  @SuppressWarnings("try") // a permit or a hook held for the scope of the try, never read
  public void run(Query query, ResultFormat format, OutputStream out, Deadline deadline) {
    checkFormatFits(query, format);
    policy.check(query);
    deadline.check("the query");
    Runnable answer = () -> {
      try (QueryExecution execution = remote != null ? remote.execution(query, deadline) : execution(query, deadline);
          Deadline.Registration stop = deadline.onExpiry(execution::abort)) {
        write(query, execution, format, out);
      }
    };
    try {
      if (remote != null) {
        remote.answer(answer);
      } else {
        Txn.executeRead(dataset, answer);
      }
    } catch (QueryCancelledException e) {
      throw new DeadlineExceededException("the query", deadline.limit());
    } catch (QueryException e) {
      // Jena refusing the query as it builds or runs it (a function it cannot make, a SERVICE it may not call).
      throw new BadQueryException("The query cannot be run: %s.".formatted(String.valueOf(e.getMessage()).strip()
          .replaceAll("\\.+$", "")), -1, -1);
    }
  }

  private QueryExecution execution(Query query, Deadline deadline) {
    // The dataset's own settings (how an indexed store matches GRAPH ?g) under the policy's:
    // a context given to the builder replaces the dataset's rather than adding to it.
    Context context = dataset.getContext().copy();
    policy.configure(context, deadline);
    return QueryExecution.dataset(dataset)
        .query(query)
        .context(context)
        .timeout(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS)
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
