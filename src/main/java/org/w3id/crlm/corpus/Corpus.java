package org.w3id.crlm.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.crlm.CrlmException;

/**
 * The source documents, read from the corpus directory by file name. The knowledge base points
 * into them by code-point offsets and reads quotes from them at run time; it never stores them.
 */
public final class Corpus {
  private final Path directory;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  private Corpus(Path directory) {
    this.directory = directory;
  }

  /** Opens the corpus directory; a missing directory is an error naming it and the fix. */
  public static Corpus at(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new CrlmException(
          "Corpus directory not found: %s. Put the corpus there (the repository expects ../shared/corpus beside it) or pass --corpus DIR."
              .formatted(dir));
    }
    return new Corpus(dir);
  }

  public Path directory() {
    return directory;
  }

  /** The whole text of a document; an unknown or unreadable file is an error naming it. */
  public String text(String fileName) {
    return texts.computeIfAbsent(fileName, this::read);
  }

  /** The span [start, end) of a document, counted in Unicode code points. */
  public String span(String fileName, int start, int end) {
    return span(text(fileName), fileName, start, end);
  }

  /** The span [start, end) of a text, counted in Unicode code points; {@code fileName} names the text in an error. */
  static String span(String text, String fileName, int start, int end) {
    int length = text.codePointCount(0, text.length());
    if (start < 0 || end > length || start >= end) {
      throw new CrlmException("Span %d-%d is outside %s, which has %d characters."
          .formatted(start, end, fileName, length));
    }
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private String read(String fileName) {
    Path file = directory.resolve(fileName).normalize();
    if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
      throw new CrlmException("Corpus file not found: %s (in %s). Restore the file, or correct crlm:fileName."
          .formatted(fileName, directory));
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CrlmException("Corpus file %s is not UTF-8 text.".formatted(file));
    } catch (IOException e) {
      throw new CrlmException("Cannot read corpus file %s: %s".formatted(file, e.getMessage()));
    }
  }
}
