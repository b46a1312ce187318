package org.w3id.crlm.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;

/**
 * The cohorts' graphs a store keeps ({@code cohorts/NAME.nt}, written by the cohort command):
 * where each is, the named graph it is served as ({@code https://w3id.org/crlm/graph/cohort/NAME}),
 * and their reading into the served dataset, in memory, at the knowledge base's opening.
 */
public final class StoredCohortGraphs {
  private static final Logger LOG = LoggerFactory.getLogger(StoredCohortGraphs.class);
  /** Cohort names: letters, digits, dot, dash and underscore, as they go into an IRI and a file name unchanged. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final String GRAPHS = Crlm.NS + "graph/cohort/";

  private StoredCohortGraphs() {}

  /** Refuses a name that cannot be a cohort's (it goes into an IRI and a file name as it is). */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new CrlmException("'%s' is not a cohort name: use letters, digits, '.', '-' and '_' (up to 100), starting with a letter or digit."
          .formatted(name));
    }
  }

  /** The IRI of the named graph of cohort {@code name}. */
  public static String graph(String name) {
    return GRAPHS + name;
  }

  /** The file of cohort {@code name} in the store at {@code storeDirectory}; the name is checked first. */
  public static Path file(Path storeDirectory, String name) {
    checkName(name);
    return directory(storeDirectory).resolve(name + ".nt");
  }

  private static Path directory(Path storeDirectory) {
    return storeDirectory.toAbsolutePath().normalize().resolve("cohorts");
  }

  /**
   * Reads the store's cohort graphs into {@code dataset}, each into its named graph; a damaged
   * file is left out and logged (the other graphs are served). Returns how many were read.
   */
  public static int addTo(Dataset dataset, Path storeDirectory) {
    Path directory = directory(storeDirectory);
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int added = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".nt")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.nt$", "");
        if (!NAME.matcher(name).matches()) {
          continue; // a temporary file of a cohort being written, or a stranger's
        }
        try {
          RDFDataMgr.read(dataset.getNamedModel(graph(name)), file.toString(), Lang.NTRIPLES);
          added++;
        } catch (RiotException e) {
          LOG.warn("The cohort graph {} cannot be read ({}); it is not served. Run 'crlm cohort ... --graph {}' again to rewrite it.",
              file, e.getMessage(), name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the cohort graphs in " + directory, e);
    }
    return added;
  }
}
