package org.w3id.crlm.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes a cohort's rows as a Parquet file, the columns of {@link CohortTable}: {@code line} a
 * 64-bit integer, {@code status} a string, {@code id} and {@code error} optional strings, and the
 * columns of several values (stage group, populations, agents ...) repeated strings, which Spark,
 * pandas and DuckDB read as lists. Rows are written as they come (Parquet keeps a row group in
 * memory at a time, 8 MB here), Snappy-compressed.
 *
 * <p>Parquet's writer needs Hadoop's configuration classes: they come with Apache Spark's jars
 * ({@code target/spark-lib/}), which is where the cohort command finds it.
 */
public final class CohortParquet implements AutoCloseable {
  private static final MessageType SCHEMA = schema();
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

  public CohortParquet(Path file) {
    try {
      writer = ExampleParquetWriter.builder(new LocalOutputFile(file.toAbsolutePath()))
          .withType(SCHEMA)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withRowGroupSize(8L << 20)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Parquet table " + file, e);
    }
  }

  private static MessageType schema() {
    var message = Types.buildMessage();
    for (String column : CohortTable.COLUMNS) {
      switch (column) {
        case "line" -> message.required(PrimitiveTypeName.INT64).named(column);
        case "status" -> message.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
        case "id", "error" -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
        default -> message.repeated(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
      }
    }
    return message.named("cohort");
  }

  public void write(CohortRunner.Row row) {
    List<List<String>> values = CohortTable.values(row);
    Group group = groups.newGroup();
    for (int i = 0; i < values.size(); i++) {
      String column = CohortTable.COLUMNS.get(i);
      if (column.equals("line")) {
        group.append(column, row.line());
      } else {
        values.get(i).forEach(value -> group.append(column, value));
      }
    }
    try {
      writer.write(group);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Parquet table: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot finish the Parquet table: " + e.getMessage(), e);
    }
  }
}
