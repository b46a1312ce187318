package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.snapshot.SnapshotDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build and reason the knowledge base and keep it as a snapshot, unless one of the same inputs exists.",
      "Every other command opens the snapshot of its inputs (ontology files, corpus, code) and builds it",
      "only when there is none; a changed input makes a new one. --rebuild builds even so."
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SnapshotDirectory snapshots = knowledgeBase.snapshots();
    KnowledgeBase kb = knowledgeBase.build();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("snapshot: %s%n", snapshots.file(snapshots.digestOf(knowledgeBase.builder())));
    out.printf("asserted triples: %d, inferred triples: %d%n", kb.assertedTriples(), kb.inferredTriples());
    out.printf("%s%n", kb.timings());
    out.flush();
    return 0;
  }
}
