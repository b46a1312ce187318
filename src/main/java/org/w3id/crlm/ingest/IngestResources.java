package org.w3id.crlm.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The word lists and queries ingest is configured by, in {@code org/w3id/crlm/ingest/} of the
 * classpath: abbreviations, trigger words, generic forms, the dictionary's queries.
 */
public final class IngestResources {
  private IngestResources() {}

  /** The resource's lines, without blank lines and # comments. */
  public static List<String> lines(String name) {
    InputStream stream = IngestResources.class.getResourceAsStream("/org/w3id/crlm/ingest/" + name);
    if (stream == null) {
      throw new IllegalStateException("Missing resource org/w3id/crlm/ingest/" + name);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource as one text, without # comment lines (for the SPARQL queries). */
  public static String text(String name) {
    return String.join("\n", lines(name));
  }
}
