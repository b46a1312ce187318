package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;

/** The repository's example files that the server benchmarks send: questions, drafts, profiles. */
final class ExampleFiles {
  private ExampleFiles() {}

  /** The files of {@code dir} (relative to the repository root) whose names end with {@code suffix}, sorted. */
  static List<Path> list(String dir, String suffix) {
    Path path = Path.of(dir);
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new CrlmException("Cannot list %s: %s. Run the benchmark from the repository root.".formatted(path, e.getMessage()));
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
