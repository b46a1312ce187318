package org.w3id.crlm.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.query.AnswerDiff;
import org.w3id.crlm.query.SparqlQueries;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import spark.Request;
import spark.Response;

/**
 * GET /api/diff?from=V[&amp;to=V][&amp;q=QUERY]: what the answers gained and lost between two
 * kept versions of the knowledge base (to: this server's own by default), for the query given or
 * every question of queries/. The versions' datasets are read from their snapshots once and kept
 * (a snapshot never changes); one comparison runs at a time.
 */
final class DiffApi {
  private static final int KEEP_LOADED = 3;

  private final SnapshotDirectory snapshots;
  private final String current;
  /** The questions of queries/, read once at start (none for a server started elsewhere). */
  private final List<AnswerDiff.Question> questions;
  private final Capacity capacity = new Capacity("comparing two versions", 1);
  private final Map<String, Dataset> loaded = new LinkedHashMap<>(4, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Dataset> eldest) {
      return size() > KEEP_LOADED;
    }
  };

  DiffApi(SnapshotDirectory snapshots, String current, Path questions) {
    this.snapshots = snapshots;
    this.current = current;
    List<AnswerDiff.Question> read;
    try {
      read = AnswerDiff.Question.in(questions);
    } catch (IOException e) {
      read = List.of();
    }
    this.questions = read;
  }

  @SuppressWarnings("try") // the permit is held for the scope of the try, never read
  Object handle(Request request, Response response) {
    Map<String, List<String>> params = QueryParameters.of(request);
    String from = QueryParameters.single(params, "from");
    String to = QueryParameters.single(params, "to");
    String query = QueryParameters.single(params, "q");
    if (from == null || from.isBlank()) {
      throw new HttpError(400, "Give the older version as from= (a knowledge base version, as links carry it), e.g. /api/diff?from=3f1cea38");
    }
    if (snapshots == null) {
      throw new HttpError(404, "This server keeps no versions of the knowledge base to compare: start it with 'crlm serve', which"
          + " opens the knowledge base from its snapshot directory.");
    }
    String newer = to == null || to.isBlank() ? current : to;
    if ((query == null || query.isBlank()) && questions.isEmpty()) {
      throw new HttpError(404, "This server has no questions to compare (no queries/ beside it): give a query as q=.");
    }
    List<AnswerDiff.Question> asked = query == null || query.isBlank() ? questions
        : List.of(new AnswerDiff.Question("query", SparqlQueries.parse(query)));
    Deadline deadline = RequestContext.of(request).deadline();
    List<AnswerDiff.Change> changes;
    try (Capacity.Permit permit = capacity.acquire()) {
      Dataset older = dataset(from);
      Dataset newerData = dataset(newer);
      Duration each = deadline.remaining().dividedBy(Math.max(1, asked.size() * 2L));
      changes = new AnswerDiff(older, newerData).compare(asked, each.isNegative() || each.isZero() ? Duration.ofMillis(1) : each);
    }
    response.type("application/json; charset=utf-8");
    return JSON.toString(AnswerDiff.json(from, newer, changes)) + "\n";
  }

  private synchronized Dataset dataset(String version) {
    Dataset dataset = loaded.get(version);
    if (dataset == null) {
      try {
        dataset = snapshots.dataset(version);
      } catch (CrlmException e) {
        throw new HttpError(404, e.getMessage());
      }
      loaded.put(version, dataset);
    }
    return dataset;
  }
}
