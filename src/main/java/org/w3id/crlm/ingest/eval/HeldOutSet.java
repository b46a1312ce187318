package org.w3id.crlm.ingest.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.link.Category;

/**
 * A held-out evaluation set: documents the pipeline was not developed on (NAME.txt), each with
 * gold files written by a reader before the pipeline ran on it: NAME.entities.tsv (start, end,
 * category, concept, text), NAME.numbers.tsv (start, end, quantity, comparator, value, unit,
 * text) and NAME.relations.tsv (relation, subject, object, sentence start, sentence end).
 * Offsets count code points. Concepts are named independently of the ontology ("hepatic
 * artery|UBERON:0001193"); {@link ConceptResolver} reads them.
 */
public final class HeldOutSet {
  public record Entity(int start, int end, Category category, String concept, String text) {}

  public record Number(int start, int end, String quantity, String comparator, String value, String unit, String text) {}

  public record Relation(String relation, String subject, String object, int sentenceStart, int sentenceEnd) {}

  public record Document(String name, Path file, List<Entity> entities, List<Number> numbers, List<Relation> relations) {}

  private HeldOutSet() {}

  /** The documents of a held-out directory, by name. */
  public static List<Document> read(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CrlmException("Held-out directory not found: %s. Give a directory of NAME.txt files with their NAME.entities.tsv, NAME.numbers.tsv and NAME.relations.tsv."
          .formatted(directory));
    }
    List<Path> texts;
    try (Stream<Path> files = Files.list(directory)) {
      texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new CrlmException("Cannot list %s: %s".formatted(directory, e.getMessage()));
    }
    List<Document> documents = new ArrayList<>();
    for (Path text : texts) {
      String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
      documents.add(new Document(name, text,
          rows(directory.resolve(name + ".entities.tsv"), "start", 5, f -> new Entity(integer(f[0]), integer(f[1]), Category.of(f[2]), f[3].strip(), f[4])),
          rows(directory.resolve(name + ".numbers.tsv"), "start", 7, f -> new Number(integer(f[0]), integer(f[1]), f[2].strip(), f[3].strip(),
              f[4].strip(), f[5].strip(), f[6])),
          rows(directory.resolve(name + ".relations.tsv"), "relation", 5, f -> new Relation(f[0].strip(), f[1].strip(), f[2].strip(),
              integer(f[3]), integer(f[4])))));
    }
    if (documents.isEmpty()) {
      throw new CrlmException("No documents (.txt) in the held-out directory %s.".formatted(directory));
    }
    return documents;
  }

  private static <T> List<T> rows(Path file, String firstColumn, int columns, Function<String[], T> row) {
    return Files.exists(file) ? TsvRows.read(file, firstColumn, columns, row) : List.of();
  }

  private static int integer(String field) {
    return Integer.parseInt(field.strip());
  }
}
