package org.w3id.crlm.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The problems the quality checks found, ERROR first; each row names its check, entity, value and file. */
public record QualityReport(List<Row> rows) {

  /** One problem: the check's level and name, the entity, and what about it (a label, another entity), and where. */
  public record Row(Level level, String check, String entity, String value, String file) {}

  public List<Row> errors() {
    return rows.stream().filter(r -> r.level() == Level.ERROR).toList();
  }

  /** How many rows each level has. */
  public Map<Level, Long> counts() {
    Map<Level, Long> counts = new TreeMap<>();
    for (Level level : Level.values()) {
      counts.put(level, rows.stream().filter(r -> r.level() == level).count());
    }
    return counts;
  }

  /** The rows as a TSV table with a header, as ROBOT's report writes them. */
  public String toTsv() {
    StringBuilder out = new StringBuilder("Level\tRule Name\tSubject\tValue\tFile\n");
    for (Row row : rows) {
      out.append(String.join("\t", row.level().name(), row.check(), row.entity(), row.value(), row.file())).append('\n');
    }
    return out.toString();
  }
}
