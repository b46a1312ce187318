package org.w3id.crlm.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.QueryPolicy;
import org.w3id.crlm.query.QueryRunner;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.query.ResultFormat;
import org.w3id.crlm.query.SparqlQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query on the knowledge base.",
      "The knowledge base is built and reasoned first.",
      "The crlm:, rdfs:, owl:, skos: ... prefixes are predeclared."
    })
final class QueryCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "SPARQL text, or the path of a .rq file (e.g. queries/stage-group-pt4b-n2a-m1b.rq).")
  String query;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = Converters.Format.class,
      description = "table, csv, tsv, json or xml for SELECT and ASK (default table); turtle, ntriples, jsonld or rdfxml for CONSTRUCT and DESCRIBE (default turtle).")
  ResultFormat format;

  @Mixin GraphOption graph;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Stop the query after this many seconds (default ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    Query parsed = SparqlQueries.parse(QuerySource.read(query));
    ResultFormat chosen = format != null ? format
        : (parsed.isSelectType() || parsed.isAskType()) ? ResultFormat.TABLE : ResultFormat.TURTLE;
    KnowledgeBase kb = knowledgeBase.build();
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(Duration.ofSeconds(timeoutSeconds))) {
      new QueryRunner(graph.graph.view(kb.dataset()), QueryPolicy.local()).run(parsed, chosen, result, deadline);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.toString(StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }
}
