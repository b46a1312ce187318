package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.query.ResultFormat;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.SparqlQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the knowledge base's asserted statements, inferred statements, or both, as RDF.")
final class ExportCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Mixin GraphOption graph;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "turtle",
      converter = Converters.Format.class,
      description = "turtle (default), rdfxml, jsonld or ntriples.")
  ResultFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (format.isResultSetFormat()) {
      throw new CrlmException("Export writes RDF: use -f turtle, rdfxml, jsonld or ntriples, not " + format.name().toLowerCase(Locale.ROOT) + ".");
    }
    KnowledgeBase kb = knowledgeBase.build();
    Dataset view = graph.graph.view(kb.dataset());
    Txn.executeRead(kb.dataset(), () -> {
      Model model = view.getDefaultModel();
      model.setNsPrefixes(SparqlQueries.prefixes());
      try (OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
        RDFDataMgr.write(out, model, format.rdfLang());
      } catch (IOException e) {
        throw new CrlmException("Cannot write %s: %s".formatted(output, e.getMessage()));
      }
    });
    return 0;
  }

  /** Lets try-with-resources flush standard output without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
