package org.w3id.crlm.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3id.crlm.ingest.link.Category;

/**
 * What one ingest produced, for the CLI's and the server's reports; the warnings name values
 * outside the standard (a non-AJCC TNM category) with their place in the document.
 */
public record IngestResult(
    String fileName,
    String graph,
    Path file,
    int sentences,
    Map<Category, Integer> mentions,
    int claims,
    int suggestions,
    int relations,
    List<String> warnings,
    long millis) {

  public int mentionCount() {
    return mentions.values().stream().mapToInt(Integer::intValue).sum();
  }
}
