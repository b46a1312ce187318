package org.w3id.crlm.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Record a curator's decision on a stored suggestion.",
      "STATUS is accepted, rejected, promoted (written into a curated fact file) or unreviewed.",
      "The decision is kept when the document is ingested again."
    })
final class ReviewCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUGGESTION", description = "The suggestion's IRI.")
  String suggestion;

  @Parameters(index = "1", paramLabel = "STATUS", description = "accepted, rejected, promoted or unreviewed.")
  String status;

  @Override
  public Integer call() {
    CrlmTerm decision = switch (status.toLowerCase(Locale.ROOT)) {
      case "accepted" -> Crlm.ACCEPTED;
      case "rejected" -> Crlm.REJECTED;
      case "promoted" -> Crlm.PROMOTED;
      case "unreviewed" -> Crlm.UNREVIEWED;
      default -> throw new CrlmException("Unknown review status '%s'. Use accepted, rejected, promoted or unreviewed.".formatted(status));
    };
    String document = new AnnotationStore(store.directory).review(suggestion, decision.iri());
    spec.commandLine().getOut().printf("%s: %s (document %s)%n", suggestion, status.toLowerCase(Locale.ROOT), document);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
