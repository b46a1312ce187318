package org.w3id.crlm.ontology;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.AddImport;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLRuntimeException;

/**
 * Loads the ontology with the OWL API: the root file and, through owl:imports resolved to the
 * local files that declare those IRIs (never the network), every module. A module file that the
 * root does not import is an error, so that a curator's new file is never silently left out.
 * Extra files (test fixtures, a user's draft) are added to the imports of the root.
 */
public final class OntologyLoader {
  private OntologyLoader() {}

  /**
   * Loads the root of {@code files} and its imports closure, plus the {@code extra} documents.
   *
   * @param documents the file declaring each ontology IRI, as found by {@link AssertedGraphReader}
   */
  public static OWLOntology load(OntologyFiles files, Map<String, Path> documents, Set<String> extraIris) {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    manager.getIRIMappers().clear();
    manager.getIRIMappers().add(iri -> {
      Path file = documents.get(iri.toString());
      return file == null ? null : IRI.create(file.toUri());
    });
    OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
        .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION);
    try {
      OWLOntology root =
          manager.loadOntologyFromOntologyDocument(new FileDocumentSource(files.root().toFile()), config);
      checkEveryFileIsImported(files, documents, manager);
      for (String iri : extraIris) {
        OWLOntology extra = manager.loadOntology(IRI.create(iri));
        requireImportOfRoot(extra, root, documents.get(iri));
        manager.applyChange(new AddImport(root, manager.getOWLDataFactory().getOWLImportsDeclaration(IRI.create(iri))));
      }
      return root;
    } catch (OWLOntologyCreationException | OWLRuntimeException e) {
      throw new MalformedOntologyException(
          ("The OWL API cannot load the ontology in %s: %s. Every owl:imports in %s must name the"
                  + " ontology IRI declared by a file of the ontology directory.")
              .formatted(files.directory(), firstLine(e.getMessage()), OntologyFiles.ROOT_FILE));
    }
  }

  /**
   * The OWL API learns whether crlm:hasPrimarySite is an object property from the imports of the
   * file being parsed; without them it would read the file's facts as mere annotations.
   */
  private static void requireImportOfRoot(OWLOntology extra, OWLOntology root, Path file) {
    IRI rootIri = root.getOntologyID().getOntologyIRI().orElseThrow();
    if (extra.importsDeclarations().noneMatch(d -> d.getIRI().equals(rootIri))) {
      throw new MalformedOntologyException(
          "%s does not import the crlm ontology, so its terms would not be read as the ontology defines them. Add: <%s> owl:imports <%s> ."
              .formatted(file, extra.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("its ontology IRI"), rootIri));
    }
  }

  private static void checkEveryFileIsImported(
      OntologyFiles files, Map<String, Path> documents, OWLOntologyManager manager) {
    Set<String> loaded = manager.ontologies()
        .flatMap(o -> o.getOntologyID().getOntologyIRI().stream())
        .map(IRI::toString)
        .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (Path file : files.all()) {
      documents.entrySet().stream()
          .filter(e -> e.getValue().equals(file) && !loaded.contains(e.getKey()))
          .forEach(e -> missing.add("%s (<%s>)".formatted(files.directory().relativize(file), e.getKey())));
    }
    if (!missing.isEmpty()) {
      throw new MalformedOntologyException(
          "These ontology files are not imported by %s: %s. Add an owl:imports of each one's ontology IRI to %s."
              .formatted(OntologyFiles.ROOT_FILE, String.join(", ", missing), OntologyFiles.ROOT_FILE));
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
