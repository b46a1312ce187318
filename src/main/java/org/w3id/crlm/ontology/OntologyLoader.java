package org.w3id.crlm.ontology;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLRuntimeException;

/**
 * Loads what HermiT reasons over into the OWL API, as one document built from the files already
 * read by Jena (so nothing is parsed twice from disk and no import is fetched). Checks first
 * that the root imports every module file, so that a curator's new file is never silently left
 * out of what Protégé and other OWL tools see.
 */
public final class OntologyLoader {
  private OntologyLoader() {}

  /**
   * @param files the ontology directory's files
   * @param documents the file declaring each ontology IRI
   * @param asserted the union of all files, extra files included
   * @param input the part of {@code asserted} to reason over
   */
  public static OWLOntology load(OntologyFiles files, Map<String, Path> documents, Graph asserted, ReasoningInput input) {
    checkEveryFileIsImported(files, documents, asserted);
    ByteArrayOutputStream ntriples = new ByteArrayOutputStream();
    RDFDataMgr.write(ntriples, input.graph(), Lang.NTRIPLES);
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
        .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
    try {
      return manager.loadOntologyFromOntologyDocument(
          new StringDocumentSource(ntriples.toString(StandardCharsets.UTF_8), "urn:crlm:reasoning-input",
              new NTriplesDocumentFormat(), null),
          config);
    } catch (OWLOntologyCreationException | OWLRuntimeException e) {
      throw new MalformedOntologyException(
          "The OWL API cannot read the ontology in %s as OWL 2: %s".formatted(files.directory(), firstLine(e.getMessage())));
    }
  }

  /**
   * Every file of the directory is in the import closure of the root (kb.ttl imports the vocabulary
   * root and the fact files; crlm.ttl imports the vocabulary modules), and every import names a
   * file of the directory.
   */
  private static void checkEveryFileIsImported(OntologyFiles files, Map<String, Path> documents, Graph asserted) {
    Set<String> closure = new TreeSet<>();
    Set<String> dangling = new TreeSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(Crlm.KNOWLEDGE_BASE));
    while (!todo.isEmpty()) {
      String iri = todo.pop();
      if (!closure.add(iri)) {
        continue;
      }
      asserted.find(NodeFactory.createURI(iri), OWL2.imports.asNode(), Node.ANY).forEach(t -> {
        String imported = t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString();
        if (documents.containsKey(imported)) {
          todo.push(imported);
        } else {
          dangling.add("%s imports <%s>".formatted(files.directory().relativize(documents.getOrDefault(iri, files.root())), imported));
        }
      });
    }
    Set<String> missing = new TreeSet<>();
    documents.forEach((iri, file) -> {
      if (files.all().contains(file) && !closure.contains(iri)) {
        missing.add("%s (<%s>)".formatted(files.directory().relativize(file), iri));
      }
    });
    if (!missing.isEmpty()) {
      throw new MalformedOntologyException(("These ontology files are not imported by %s: %s. Import a fact file from %s and a"
          + " vocabulary module from %s (owl:imports of its ontology IRI).").formatted(OntologyFiles.ROOT_FILE,
          String.join(", ", missing), OntologyFiles.ROOT_FILE, OntologyFiles.VOCABULARY_ROOT_FILE));
    }
    if (!dangling.isEmpty()) {
      throw new MalformedOntologyException("%s, which no file of %s declares. Remove the import or add the file."
          .formatted(String.join("; ", dangling), files.directory()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
