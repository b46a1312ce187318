package org.w3id.crlm.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;

/**
 * The hand-edited ontology, in two layers: the vocabulary ({@code crlm.ttl}, its root, and the
 * modules it imports, the only files that mint terms) and the facts ({@code facts/}, one file per
 * source, which import the vocabulary); {@code kb.ttl} imports both and is the root of the whole.
 */
public record OntologyFiles(Path directory, Path root, List<Path> all) {

  /** Whether {@code file} is of the facts layer. */
  public boolean isFactFile(Path file) {
    return file.toAbsolutePath().normalize().startsWith(directory.resolve(FACTS_DIRECTORY));
  }

  /** The SHACL shapes files that the built knowledge base must satisfy. */
  public List<Path> shapes() {
    Path dir = directory.resolve(SHAPES_DIRECTORY);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  /** The knowledge base's root: it imports the vocabulary and every fact file. */
  public static final String ROOT_FILE = "kb.ttl";

  /** The vocabulary's root: it imports every vocabulary module. */
  public static final String VOCABULARY_ROOT_FILE = "crlm.ttl";

  /** Subdirectory of the fact files, which mint no vocabulary. */
  public static final String FACTS_DIRECTORY = "facts";

  /** Subdirectory of SHACL shapes: Turtle too, but not part of the OWL ontology. */
  public static final String SHAPES_DIRECTORY = "shapes";

  /** Finds the files of the ontology in {@code directory}. */
  public static OntologyFiles in(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new CrlmException(
          "Ontology directory not found: %s. Pass --ontology DIR or run from the repository root."
              .formatted(dir));
    }
    Path root = dir.resolve(ROOT_FILE);
    if (!Files.isRegularFile(root)) {
      throw new CrlmException(
          "The ontology directory %s has no %s, the root that imports the vocabulary and the fact files."
              .formatted(dir, ROOT_FILE));
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      Path shapes = dir.resolve(SHAPES_DIRECTORY);
      List<Path> files = walk.filter(p -> p.toString().endsWith(".ttl"))
          .filter(p -> !p.startsWith(shapes))
          .filter(Files::isRegularFile).sorted().toList();
      return new OntologyFiles(dir, root, files);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the ontology directory " + dir, e);
    }
  }
}
