package org.w3id.crlm.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.crlm.CrlmException;

/** Reads the QUERY argument: SPARQL text, or the path of a file holding it. */
final class QuerySource {
  private QuerySource() {}

  static String read(String argument) {
    Path path = asPath(argument);
    boolean namesFile = argument.endsWith(".rq") || argument.endsWith(".sparql");
    if (path != null && Files.isRegularFile(path)) {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new CrlmException("Query file %s is not UTF-8 text. Save it as UTF-8.".formatted(path));
      } catch (IOException e) {
        throw new CrlmException("Cannot read query file %s: %s".formatted(path, e.getMessage()));
      }
    }
    if (namesFile) {
      throw new CrlmException(
          "Query file not found: %s. Give the path of an existing .rq file, or the SPARQL text itself."
              .formatted(argument));
    }
    return argument;
  }

  private static Path asPath(String argument) {
    try {
      return argument.length() < 4096 && !argument.contains("\n") ? Path.of(argument) : null;
    } catch (RuntimeException invalidPath) {
      return null;
    }
  }
}
