package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the knowledge base comes from; shared by every command that needs it. The knowledge base
 * is opened from its snapshot when one was built from the same inputs, and built (and kept as a
 * snapshot) when none was.
 */
final class KnowledgeBaseOptions {
  @Option(
      names = "--ontology",
      paramLabel = "DIR",
      description = "Directory of the ontology files (default: ${DEFAULT-VALUE}).",
      defaultValue = "${sys:crlm.home:-.}/ontology")
  Path ontologyDirectory;

  @Mixin CorpusOption corpus;

  @Mixin StoreOption store;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description = "Where reasoned knowledge bases are kept between runs (default: the store's snapshot/ directory).")
  Path snapshotDirectory;

  @Option(
      names = "--rebuild",
      description = "Build and reason the knowledge base even if a snapshot of the same inputs exists, and replace it.")
  boolean rebuild;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The knowledge base: from its snapshot, or built (and kept) if there is none or --rebuild is given. */
  KnowledgeBase build() {
    return snapshots().open(builder(), rebuild);
  }

  /** The entity dictionary of the knowledge base's snapshot, read without opening the snapshot when it can be. */
  org.w3id.crlm.ingest.link.Dictionary dictionary() {
    return snapshots().dictionary(builder(), rebuild);
  }

  /** The knowledge base built and reasoned now, whatever snapshot there is; the snapshot is replaced by it. */
  KnowledgeBase rebuild() {
    return snapshots().open(builder(), true);
  }

  /** Where the snapshots are kept. */
  Path snapshotDirectory() {
    return snapshotDirectory != null ? snapshotDirectory : store.directory.resolve("snapshot");
  }

  SnapshotDirectory snapshots() {
    Path dir = snapshotDirectory();
    PrintWriter err = command.commandLine().getErr();
    return new SnapshotDirectory(dir, notice -> {
      err.println(notice);
      err.flush();
    });
  }

  KnowledgeBaseBuilder builder() {
    return new KnowledgeBaseBuilder(ontologyDirectory, corpus.directory).withAnnotationStore(store.directory);
  }
}
