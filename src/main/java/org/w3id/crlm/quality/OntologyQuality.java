package org.w3id.crlm.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.ontology.AssertedGraphReader.AssertedOntology;
import org.w3id.crlm.ontology.MalformedOntologyException;
import org.w3id.crlm.ontology.OntologyFiles;

/** The quality report of an ontology directory as it was read, and the build's gate on it. */
public final class OntologyQuality {
  /** The terms of the previous release, one IRI a line, written by {@code crlm release}. */
  public static final String PREVIOUS_RELEASE_FILE = "release/previous-terms.txt";
  private static final int ROWS_SHOWN = 40;

  private OntologyQuality() {}

  public static QualityReport report(OntologyFiles files, AssertedOntology read) {
    Map<Path, String> iris = new HashMap<>();
    read.documents().forEach((iri, path) -> iris.put(path, iri));
    List<QualityChecks.File> checked = new ArrayList<>();
    read.files().forEach((path, graph) -> {
      boolean inDirectory = files.all().contains(path);
      QualityChecks.Layer layer = !inDirectory ? QualityChecks.Layer.EXTRA
          : files.isFactFile(path) ? QualityChecks.Layer.FACTS : QualityChecks.Layer.VOCABULARY;
      Path shown = inDirectory ? files.directory().relativize(path) : path;
      checked.add(new QualityChecks.File(shown, iris.get(path), layer, graph));
    });
    return QualityChecks.run(checked, previousRelease(files));
  }

  /** Stops the build on the report's ERROR rows, showing them. */
  public static void requireNoErrors(QualityReport report) {
    List<QualityReport.Row> errors = report.errors();
    if (errors.isEmpty()) {
      return;
    }
    String rows = errors.stream().limit(ROWS_SHOWN)
        .map(r -> "  %s %s%s%s".formatted(r.check(), r.entity(), r.value().isEmpty() ? "" : " (" + r.value() + ")",
            r.file().isEmpty() ? "" : " in " + r.file()))
        .collect(Collectors.joining("\n"));
    throw new MalformedOntologyException(ErrorCode.QUALITY_ERRORS, ("The quality report of the ontology has %d ERROR row(s); the build stops on them:%n%s%s%n"
        + "Run 'crlm report' for every row with its check's problem and solution.").formatted(errors.size(), rows,
        errors.size() > ROWS_SHOWN ? "%n  ... and %d more".formatted(errors.size() - ROWS_SHOWN) : ""));
  }

  private static List<String> previousRelease(OntologyFiles files) {
    Path file = files.directory().resolve(PREVIOUS_RELEASE_FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
