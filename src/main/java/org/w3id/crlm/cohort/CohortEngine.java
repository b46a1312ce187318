package org.w3id.crlm.cohort;

import java.util.List;

/**
 * Runs the batch function ({@link CohortBatch}) over batches of a cohort: on a pool of threads of
 * this process ({@link LocalEngine}) or on Apache Spark ({@code SparkEngine}). The runner hands it
 * a window of batches at a time and writes the rows in order.
 */
public interface CohortEngine extends AutoCloseable {
  /** The outcomes of each batch, in the batches' order and each batch's order. */
  List<List<CohortBatch.Outcome>> answer(List<List<CohortBatch.Patient>> batches);

  /** How many batches run at once: the runner sends twice as many in a window. */
  int parallelism();

  @Override
  void close();
}
