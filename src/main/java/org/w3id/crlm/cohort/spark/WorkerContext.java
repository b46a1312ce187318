package org.w3id.crlm.cohort.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;
import org.w3id.crlm.snapshot.SnapshotDirectory;

/**
 * What a Spark worker needs to answer a batch: the profile reader and service over the knowledge
 * base. The driver registers its own ({@link #register}), which the tasks of a local master use;
 * an executor of a cluster opens the knowledge base's snapshot from the driver's paths once and
 * keeps it for its later tasks.
 */
public final class WorkerContext {
  /** Where the knowledge base is and how to answer: the only state that travels to executors. */
  public record Settings(String ontology, String corpus, String store, String snapshot, int maxRank, long batchSeconds)
      implements Serializable {}

  private static volatile WorkerContext current;
  private final Settings settings;
  private final ProfileReader reader;
  private final ProfileService service;

  private WorkerContext(Settings settings, ProfileReader reader, ProfileService service) {
    this.settings = settings;
    this.reader = reader;
    this.service = service;
  }

  /** Makes the driver's open knowledge base the one its local tasks use. */
  public static void register(Settings settings, ProfileReader reader, ProfileService service) {
    current = new WorkerContext(settings, reader, service);
  }

  static WorkerContext get(Settings settings) {
    WorkerContext context = current;
    if (context != null && context.settings.equals(settings)) {
      return context;
    }
    synchronized (WorkerContext.class) {
      if (current == null || !current.settings.equals(settings)) {
        var kb = new SnapshotDirectory(Path.of(settings.snapshot()), notice -> { })
            .open(new KnowledgeBaseBuilder(Path.of(settings.ontology()), Path.of(settings.corpus())).withAnnotationStore(Path.of(settings.store())),
                false);
        ClinicalContext clinical = ClinicalContext.of(kb, Corpus.at(Path.of(settings.corpus())));
        current = new WorkerContext(settings, new ProfileReader(clinical.terms(), clinical.tnmParser()), new ProfileService(clinical));
      }
      return current;
    }
  }

  ProfileReader reader() {
    return reader;
  }

  ProfileService service() {
    return service;
  }
}
