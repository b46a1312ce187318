package org.w3id.crlm.cohort.spark;

import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.w3id.crlm.cohort.CohortBatch;

/** The batch function as Spark runs it: serializable, it carries only the settings; the reasoner's context is the executor's. */
final class BatchFunction implements Function<List<CohortBatch.Patient>, List<CohortBatch.Outcome>> {
  private static final long serialVersionUID = 1L;
  private final WorkerContext.Settings settings;

  BatchFunction(WorkerContext.Settings settings) {
    this.settings = settings;
  }

  @Override
  public List<CohortBatch.Outcome> call(List<CohortBatch.Patient> batch) {
    WorkerContext context = WorkerContext.get(settings);
    return CohortBatch.answer(context.reader(), context.service(), settings.maxRank(), java.time.Duration.ofSeconds(settings.batchSeconds()),
        batch);
  }
}
