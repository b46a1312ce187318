package org.w3id.crlm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.Release;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description = {
      "Build the knowledge base (the quality report must have no ERROR row) and write a release:",
      "the vocabulary as one ontology and the reasoned knowledge base as another, each with its",
      "owl:versionIRI (the version is crlm.ttl's owl:versionInfo) and no imports, in Turtle and",
      "RDF/XML, and the list of the vocabulary's terms. Commit that list as",
      "ontology/release/previous-terms.txt when the release is published: the next one is checked",
      "against it."
    })
final class ReleaseCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/release",
      description = "Directory to write the release into (default ${DEFAULT-VALUE}).")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    KnowledgeBase kb = knowledgeBase.build();
    OntologyFiles files = OntologyFiles.in(knowledgeBase.ontologyDirectory);
    for (Path file : Release.write(kb, files, AssertedGraphReader.read(files.all()), output)) {
      spec.commandLine().getOut().println(file);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
