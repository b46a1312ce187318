package org.w3id.crlm.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.profile.ProfileFixture;

/** The Parquet table holds what the CSV table holds, each value of a several-valued cell an element of its list. */
class CohortParquetTest {
  @Test
  void theParquetTableReadsBackAsTheRowsValues(@TempDir Path temp) throws Exception {
    ProfileFixture fixture = new ProfileFixture();
    String input = Files.readString(TestKnowledgeBase.home().resolve("src/test/resources/cohort/mixed.ndjson"));
    List<List<List<String>>> expected = new ArrayList<>();
    Path file = temp.resolve("mixed.parquet");
    try (CohortParquet parquet = new CohortParquet(file);
        LocalEngine engine = new LocalEngine(fixture.reader, fixture.service, 6, Duration.ofSeconds(120), 2)) {
      new CohortRunner(fixture.reader, engine, 2)
          .run(new BufferedReader(new StringReader(input)), "mixed.ndjson", row -> {
            expected.add(CohortTable.values(row));
            parquet.write(row);
          });
    }
    List<List<List<String>>> read = new ArrayList<>();
    ParquetReader.Builder<Group> builder = new ParquetReader.Builder<>(new LocalInputFile(file)) {
      @Override
      protected org.apache.parquet.hadoop.api.ReadSupport<Group> getReadSupport() {
        return new GroupReadSupport();
      }
    };
    try (ParquetReader<Group> reader = builder.build()) {
      for (Group group = reader.read(); group != null; group = reader.read()) {
        List<List<String>> values = new ArrayList<>();
        for (String column : CohortTable.COLUMNS) {
          List<String> cell = new ArrayList<>();
          for (int i = 0; i < group.getFieldRepetitionCount(column); i++) {
            cell.add(column.equals("line") ? Long.toString(group.getLong(column, i)) : group.getString(column, i));
          }
          values.add(cell);
        }
        read.add(values);
      }
    }
    assertEquals(6, read.size());
    assertEquals(expected, read);
  }
}
