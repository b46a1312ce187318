package org.w3id.crlm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where ingest keeps annotation graphs and copies of documents outside the corpus. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Annotation store of ingested documents (default: ${DEFAULT-VALUE}).",
      defaultValue = "${sys:crlm.home:-.}/data")
  Path directory;
}
