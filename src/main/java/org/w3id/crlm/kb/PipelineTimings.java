package org.w3id.crlm.kb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How long each phase of building the knowledge base took, in the order the phases ran. */
public final class PipelineTimings {
  private final Map<String, Long> millis = new LinkedHashMap<>();

  public void record(String phase, long elapsedMillis) {
    millis.merge(phase, elapsedMillis, Long::sum);
  }

  public Map<String, Long> phases() {
    return Collections.unmodifiableMap(millis);
  }

  public long totalMillis() {
    return millis.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line, for logs: "load 412 ms, consistency 80 ms, ... total 1203 ms". */
  @Override
  public String toString() {
    return millis.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue() + " ms")
            .collect(Collectors.joining(", "))
        + ", total " + totalMillis() + " ms";
  }
}
