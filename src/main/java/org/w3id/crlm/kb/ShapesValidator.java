package org.w3id.crlm.kb;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.query.SparqlQueries;

/** Checks the built knowledge base against the SHACL shapes of ontology/shapes/. */
final class ShapesValidator {
  private ShapesValidator() {}

  static void validate(List<Path> shapeFiles, Graph union) {
    if (shapeFiles.isEmpty()) {
      return;
    }
    Graph shapesGraph = GraphFactory.createDefaultGraph();
    shapeFiles.forEach(f -> AssertedGraphReader.readInto(shapesGraph, f, Lang.TURTLE));
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), union);
    if (!report.conforms()) {
      PrefixMapping prefixes = SparqlQueries.prefixes();
      String entries = report.getEntries().stream()
          .map(e -> "%s%s: %s".formatted(
              prefixes.shortForm(e.focusNode().toString()),
              e.resultPath() == null ? "" : " " + prefixes.shortForm(e.resultPath().toString().replaceAll("^<(.*)>$", "$1")),
              e.message()))
          .sorted()
          .collect(Collectors.joining("\n  "));
      throw new CrlmException("The knowledge base breaks %d rule(s) of %s:\n  %s"
          .formatted(report.getEntries().size(), shapeFiles, entries));
    }
  }
}
