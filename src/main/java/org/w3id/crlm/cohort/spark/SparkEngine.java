package org.w3id.crlm.cohort.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.w3id.crlm.cohort.CohortBatch;
import org.w3id.crlm.cohort.CohortEngine;

/**
 * The batch function ({@link CohortBatch}) on Apache Spark: each window of batches becomes an RDD
 * of one partition per batch, mapped by {@link BatchFunction} and collected in order. With the
 * default master, {@code local[*]}, Spark runs the batches on the cores of this process, which
 * already has the knowledge base open; on a cluster ({@code spark-submit} sets the master), each
 * executor opens the knowledge base's snapshot from the paths the driver gives
 * ({@link WorkerContext}), once per executor.
 *
 * <p>Spark is not on the server's class path: its jars are in {@code target/spark-lib/}, which the
 * launcher adds for {@code crlm cohort} only.
 */
public final class SparkEngine implements CohortEngine {
  private final JavaSparkContext spark;
  private final BatchFunction function;

  /**
   * @param master the Spark master when none is set already (by {@code spark-submit}): {@code local[*]}, {@code spark://host:7077} ...
   */
  public SparkEngine(String master, WorkerContext.Settings settings) {
    SparkConf conf = new SparkConf().setAppName("crlm cohort")
        .setIfMissing("spark.master", master)
        .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
        .setIfMissing("spark.driver.host", "127.0.0.1")
        .setIfMissing("spark.ui.enabled", "false");
    this.spark = new JavaSparkContext(conf);
    spark.setLogLevel("WARN");
    this.function = new BatchFunction(settings);
  }

  @Override
  public List<List<CohortBatch.Outcome>> answer(List<List<CohortBatch.Patient>> batches) {
    return spark.parallelize(batches, batches.size()).map(function).collect();
  }

  @Override
  public int parallelism() {
    return Math.max(1, spark.defaultParallelism());
  }

  @Override
  public void close() {
    spark.close();
  }
}
