package org.w3id.crlm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the source documents are. */
final class CorpusOption {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Directory of the corpus documents (default: ${DEFAULT-VALUE}).",
      defaultValue = "${sys:crlm.home:-.}/../shared/corpus")
  Path directory;
}
