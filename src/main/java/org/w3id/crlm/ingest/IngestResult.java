package org.w3id.crlm.ingest;

import java.nio.file.Path;
import java.util.Map;
import org.w3id.crlm.ingest.link.Category;

/** What one ingest produced, for the CLI's and the server's reports. */
public record IngestResult(
    String fileName,
    String graph,
    Path file,
    int sentences,
    Map<Category, Integer> mentions,
    int claims,
    int suggestions,
    long millis) {

  public int mentionCount() {
    return mentions.values().stream().mapToInt(Integer::intValue).sum();
  }
}
