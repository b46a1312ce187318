package org.w3id.crlm.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;

/**
 * The hand-edited ontology: a directory whose {@code crlm.ttl} is the root and whose other
 * {@code .ttl} files (in any subdirectory) are the modules it imports.
 */
public record OntologyFiles(Path directory, Path root, List<Path> all) {

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

  public static final String ROOT_FILE = "crlm.ttl";

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
          "The ontology directory %s has no %s, the root ontology that imports the modules."
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
