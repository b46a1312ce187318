package org.w3id.crlm.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.w3id.crlm.Deadline;

/**
 * What the answers to questions gained and lost between two versions of the knowledge base: each
 * question run on both, its rows compared as sets (a row is its tab-separated values; blank node
 * labels, which each run makes its own, are left out).
 */
public final class AnswerDiff {
  /** A question to compare: its name (a file of queries/, say) and its parsed query. */
  public record Question(String name, Query query) {
    /**
     * The questions of a directory's .rq files, named by their files, sorted.
     *
     * @throws IOException if the directory cannot be listed or a file read
     */
    public static List<Question> in(Path dir) throws IOException {
      List<Question> questions = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".rq") && Files.isRegularFile(p)).sorted().toList()) {
          questions.add(new Question(file.getFileName().toString().replaceFirst("\\.rq$", ""),
              SparqlQueries.parse(Files.readString(file))));
        }
      }
      return List.copyOf(questions);
    }
  }

  /** One question's change: the header of its answer, the rows only the newer answer has, the rows only the older has. */
  public record Change(String name, String header, List<String> added, List<String> removed) {
    public boolean changed() {
      return !added.isEmpty() || !removed.isEmpty();
    }
  }

  private final QueryRunner older;
  private final QueryRunner newer;

  public AnswerDiff(Dataset older, Dataset newer) {
    this.older = new QueryRunner(older, QueryPolicy.local());
    this.newer = new QueryRunner(newer, QueryPolicy.local());
  }

  public List<Change> compare(List<Question> questions, Duration eachWithin) {
    List<Change> changes = new ArrayList<>();
    for (Question question : questions) {
      List<String> before = rows(older, question.query(), eachWithin);
      List<String> after = rows(newer, question.query(), eachWithin);
      String header = !after.isEmpty() ? after.get(0) : before.isEmpty() ? "" : before.get(0);
      Set<String> was = new LinkedHashSet<>(before.subList(Math.min(1, before.size()), before.size()));
      Set<String> is = new LinkedHashSet<>(after.subList(Math.min(1, after.size()), after.size()));
      changes.add(new Change(question.name(), header, is.stream().filter(r -> !was.contains(r)).sorted().toList(),
          was.stream().filter(r -> !is.contains(r)).sorted().toList()));
    }
    return changes;
  }

  /** The answer as lines: a header, then one line per row (SELECT, ASK) or per triple (CONSTRUCT, DESCRIBE). */
  private static List<String> rows(QueryRunner runner, Query query, Duration within) {
    boolean table = query.isSelectType() || query.isAskType();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Deadline deadline = Deadline.after(within)) {
      runner.run(query.cloneQuery(), table ? ResultFormat.TSV : ResultFormat.NTRIPLES, out, deadline);
    }
    List<String> lines = new ArrayList<>(new String(out.toByteArray(), StandardCharsets.UTF_8)
        .replaceAll("_:[A-Za-z0-9]+", "_:").lines().toList());
    if (!table) {
      lines.add(0, "?subject\t?predicate\t?object");
    }
    return lines;
  }

  public static JsonObject json(String from, String to, List<Change> changes) {
    JsonObject json = new JsonObject();
    json.put("from", from);
    json.put("to", to);
    JsonArray list = new JsonArray();
    for (Change change : changes) {
      JsonObject c = new JsonObject();
      c.put("name", change.name());
      c.put("header", change.header());
      JsonArray added = new JsonArray();
      change.added().forEach(added::add);
      JsonArray removed = new JsonArray();
      change.removed().forEach(removed::add);
      c.put("added", added);
      c.put("removed", removed);
      list.add(c);
    }
    json.put("questions", list);
    return json;
  }
}
