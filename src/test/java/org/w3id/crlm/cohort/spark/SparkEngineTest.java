package org.w3id.crlm.cohort.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.cohort.CohortEngine;
import org.w3id.crlm.cohort.CohortGenerator;
import org.w3id.crlm.cohort.CohortRunner;
import org.w3id.crlm.cohort.CohortTable;
import org.w3id.crlm.cohort.LocalEngine;
import org.w3id.crlm.profile.ProfileFixture;

/** The same cohort on the local engine and on Apache Spark ({@code local[2]}): the same table, byte for byte. */
class SparkEngineTest {
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @Test
  void sparkAndTheLocalEngineGiveTheSameTable() {
    ProfileFixture fixture = new ProfileFixture();
    CohortGenerator generator = new CohortGenerator(23);
    StringBuilder cohort = new StringBuilder();
    for (int i = 1; i <= 90; i++) {
      cohort.append(generator.next("patient-" + i)).append('\n');
    }
    cohort.append("not a profile\n");
    String local;
    try (CohortEngine engine = new LocalEngine(fixture.reader, fixture.service, 6, LIMIT, 2)) {
      local = table(new CohortRunner(fixture.reader, engine, 20), cohort.toString());
    }
    WorkerContext.Settings settings = new WorkerContext.Settings(TestKnowledgeBase.home().resolve("ontology").toString(),
        TestKnowledgeBase.corpusDirectory().toString(), "unused", "unused", 6, LIMIT.toSeconds());
    WorkerContext.register(settings, fixture.reader, fixture.service);
    String spark;
    try (CohortEngine engine = new SparkEngine("local[2]", settings)) {
      spark = table(new CohortRunner(fixture.reader, engine, 20), cohort.toString());
    }
    assertEquals(local, spark);
    assertEquals(92, local.split("\r\n").length); // the header, 90 patients and the line that is no profile
  }

  private static String table(CohortRunner runner, String cohort) {
    StringWriter out = new StringWriter();
    try (CohortTable table = new CohortTable(out)) {
      runner.run(new BufferedReader(new StringReader(cohort)), "cohort.ndjson", table::write);
    }
    return out.toString();
  }
}
