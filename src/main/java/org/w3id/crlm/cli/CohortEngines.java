package org.w3id.crlm.cli;

import java.time.Duration;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.cohort.CohortEngine;
import org.w3id.crlm.cohort.LocalEngine;
import org.w3id.crlm.cohort.spark.SparkEngine;
import org.w3id.crlm.cohort.spark.WorkerContext;

/** Makes the engine a cohort command or benchmark asks for. */
final class CohortEngines {
  /** Where the batches run. */
  enum Engine { local, spark }

  private CohortEngines() {}

  static CohortEngine create(Engine engine, String master, KnowledgeBaseOptions kb, org.w3id.crlm.profile.ProfileReader reader,
      org.w3id.crlm.profile.ProfileService service, int maxRank, long batchSeconds, int threads) {
    if (engine == Engine.local) {
      return new LocalEngine(reader, service, maxRank, Duration.ofSeconds(batchSeconds), threads);
    }
    try {
      WorkerContext.Settings settings = new WorkerContext.Settings(kb.ontologyDirectory.toAbsolutePath().toString(),
          kb.corpus.directory.toAbsolutePath().toString(), kb.store.directory.toAbsolutePath().toString(),
          kb.snapshotDirectory().toAbsolutePath().toString(), maxRank, batchSeconds);
      WorkerContext.register(settings, reader, service);
      return new SparkEngine(master, settings);
    } catch (NoClassDefFoundError e) {
      throw new CrlmException(("Apache Spark is not on the class path (%s missing). It is kept out of the server's: 'mvn package'"
          + " copies it to target/spark-lib/, which ./crlm adds for the cohort and benchmark commands; with spark-submit, give"
          + " crlm's jar and target/lib/*. Or run with --engine local.").formatted(e.getMessage()));
    }
  }
}
