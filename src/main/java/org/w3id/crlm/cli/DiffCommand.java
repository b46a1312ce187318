package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.AnswerDiff;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "What the answers gained and lost between two versions of the knowledge base.",
      "A version is a snapshot's digest (crlm build prints it; the web UI's links carry it), or its first 8",
      "characters or more; the snapshot directory keeps the last three. Without TO, the current one.",
      "Each question of queries/ is compared, or the queries given with --query."
    })
final class DiffCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FROM", description = "The older version.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", arity = "0..1", description = "The newer version (default: the current knowledge base).")
  String to;

  @Option(names = "--query", paramLabel = "QUERY", description = "SPARQL text or a .rq file to compare (repeatable; default: queries/*.rq).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON (from, to, questions with added and removed rows).")
  boolean json;

  @Option(names = "--all", description = "List the questions whose answers did not change too.")
  boolean all;

  @Override
  public Integer call() {
    SnapshotDirectory snapshots = knowledgeBase.snapshots();
    Dataset older = snapshots.dataset(from);
    String newerVersion;
    Dataset newer;
    if (to == null) {
      KnowledgeBase current = knowledgeBase.build();
      newerVersion = current.version();
      newer = snapshots.dataset(newerVersion);
    } else {
      newerVersion = to;
      newer = snapshots.dataset(to);
    }
    List<AnswerDiff.Question> questions = new ArrayList<>();
    if (queries.isEmpty()) {
      try {
        questions.addAll(AnswerDiff.Question.in(Path.of("queries")));
      } catch (java.io.IOException e) {
        throw new org.w3id.crlm.CrlmException("Cannot read the questions in queries/: %s. Run crlm from the repository root,"
            .formatted(e.getMessage()) + " or give the queries to compare with --query.");
      }
    } else {
      for (String query : queries) {
        questions.add(new AnswerDiff.Question(query.endsWith(".rq") ? Path.of(query).getFileName().toString() : "query "
            + (questions.size() + 1), SparqlQueries.parse(QuerySource.read(query))));
      }
    }
    List<AnswerDiff.Change> changes = new AnswerDiff(older, newer).compare(questions, Duration.ofSeconds(60));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.toString(AnswerDiff.json(from, newerVersion, changes)));
    } else {
      long changed = changes.stream().filter(AnswerDiff.Change::changed).count();
      out.printf("from %s to %s: %d of %d question(s) answered differently%n", from, newerVersion, changed, changes.size());
      for (AnswerDiff.Change change : changes) {
        if (!change.changed() && !all) {
          continue;
        }
        out.printf("%s: %d row(s) added, %d removed%n", change.name(), change.added().size(), change.removed().size());
        if (change.changed()) {
          out.printf("    %s%n", change.header());
        }
        change.added().forEach(row -> out.printf("  + %s%n", row));
        change.removed().forEach(row -> out.printf("  - %s%n", row));
      }
    }
    out.flush();
    return 0;
  }
}
