package org.w3id.crlm.cli;

import java.nio.file.Path;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the knowledge base comes from; shared by every command that builds it. */
final class KnowledgeBaseOptions {
  @Option(
      names = "--ontology",
      paramLabel = "DIR",
      description = "Directory of the ontology files (default: ${DEFAULT-VALUE}).",
      defaultValue = "${sys:crlm.home:-.}/ontology")
  Path ontologyDirectory;

  @Mixin CorpusOption corpus;

  @Mixin StoreOption store;

  KnowledgeBase build() {
    return new KnowledgeBaseBuilder(ontologyDirectory, corpus.directory).withAnnotationStore(store.directory).build();
  }
}
