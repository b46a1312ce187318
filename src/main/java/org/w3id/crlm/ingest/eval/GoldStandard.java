package org.w3id.crlm.ingest.eval;

import java.nio.file.Path;
import java.util.List;
import org.w3id.crlm.ingest.link.Category;

/**
 * A gold annotation file: tab-separated start, end, category, entity, after a header line;
 * lines starting with # are comments. Its name is the corpus document's name with .tsv for .txt.
 */
public final class GoldStandard {
  private GoldStandard() {}

  /** The corpus document a gold file annotates. */
  public static String documentOf(Path goldFile) {
    String name = goldFile.getFileName().toString();
    return name.substring(0, name.length() - ".tsv".length()) + ".txt";
  }

  public static List<GoldMention> read(Path file) {
    return TsvRows.read(file, "start", 4, fields -> {
      if (fields.length != 4) {
        throw new IllegalArgumentException("expected 4 tab-separated fields (start, end, category, entity), found " + fields.length);
      }
      int start = Integer.parseInt(fields[0].strip());
      int end = Integer.parseInt(fields[1].strip());
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("the span %d-%d is empty or negative".formatted(start, end));
      }
      return new GoldMention(start, end, Category.of(fields[2]), fields[3].strip());
    });
  }
}
