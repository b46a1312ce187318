package org.w3id.crlm.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.CrlmException;
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
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CrlmException("Cannot read gold file %s: %s".formatted(file, e.getMessage()));
    }
    List<GoldMention> mentions = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith("start\t")) {
          continue;
        }
      }
      String[] fields = line.split("\t", -1);
      try {
        if (fields.length != 4) {
          throw new IllegalArgumentException("expected 4 tab-separated fields (start, end, category, entity), found " + fields.length);
        }
        int start = Integer.parseInt(fields[0].strip());
        int end = Integer.parseInt(fields[1].strip());
        if (start < 0 || end <= start) {
          throw new IllegalArgumentException("the span %d-%d is empty or negative".formatted(start, end));
        }
        mentions.add(new GoldMention(start, end, Category.of(fields[2]), fields[3].strip()));
      } catch (IllegalArgumentException e) {
        throw new CrlmException("%s line %d: %s.".formatted(file, i + 1, e.getMessage()));
      }
    }
    return mentions;
  }
}
