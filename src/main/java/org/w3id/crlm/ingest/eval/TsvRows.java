package org.w3id.crlm.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3id.crlm.CrlmException;

/**
 * The rows of a gold file: tab-separated fields, lines starting with # and blank lines skipped,
 * the first other line skipped when it is the header (it starts with the header's first name).
 * A row that cannot be read is refused with the file, the line and why.
 */
final class TsvRows {
  private TsvRows() {}

  static <T> List<T> read(Path file, String firstColumn, int columns, Function<String[], T> row) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CrlmException("Cannot read gold file %s: %s".formatted(file, e.getMessage()));
    }
    List<T> rows = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith(firstColumn + "\t")) {
          continue;
        }
      }
      String[] fields = line.split("\t", -1);
      try {
        if (fields.length < columns) {
          throw new IllegalArgumentException("expected %d tab-separated fields, found %d".formatted(columns, fields.length));
        }
        rows.add(row.apply(fields));
      } catch (IllegalArgumentException e) {
        throw new CrlmException("%s line %d: %s. Fix the row or remove it.".formatted(file, i + 1, e.getMessage()));
      }
    }
    return rows;
  }
}
