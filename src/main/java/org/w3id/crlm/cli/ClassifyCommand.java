package org.w3id.crlm.cli;

import java.util.List;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseSummary;
import org.w3id.crlm.ontology.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Check and reason the ontology; print what it holds and the time of each phase.",
      "Loads the ontology, checks it with HermiT (consistency, unsatisfiable classes), classifies,",
      "realizes and materializes, and runs the quality checks; always afresh (the snapshot is replaced).",
      "Exits with 1 and names the classes involved when the ontology is inconsistent or has",
      "unsatisfiable classes."
    })
final class ClassifyCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    KnowledgeBase kb = knowledgeBase.rebuild();
    PrintWriter out = spec.commandLine().getOut();
    OWLOntology ontology = kb.reasoned().ontology();
    out.printf("ontology: %s%n", ontology.getOntologyID().getOntologyIRI().map(Object::toString).orElse("(none)"));
    out.printf("version:  %s%n", ontology.getOntologyID().getVersionIRI().map(Object::toString).orElse("(none)"));
    out.printf("files:    %d%n", OntologyFiles.in(knowledgeBase.ontologyDirectory).all().size());
    out.printf("reasoned over: classes: %d, object properties: %d, data properties: %d, individuals: %d, logical axioms: %d%n",
        ontology.classesInSignature(Imports.INCLUDED).count(),
        ontology.objectPropertiesInSignature(Imports.INCLUDED).count(),
        ontology.dataPropertiesInSignature(Imports.INCLUDED).count(),
        ontology.individualsInSignature(Imports.INCLUDED).count(),
        ontology.logicalAxioms(Imports.INCLUDED).count());
    out.println("consistent: yes");
    out.println("unsatisfiable classes: none");
    KnowledgeBaseSummary summary = KnowledgeBaseSummary.of(kb);
    out.printf("asserted triples: %d, inferred triples: %d%n", kb.assertedTriples(), kb.inferredTriples());
    for (Map.Entry<String, Long> e : summary.inferredByPredicate().entrySet()) {
      out.printf("  inferred %-28s %d%n", e.getKey(), e.getValue());
    }
    out.printf("quality report: %s (crlm report lists the rows)%n", String.join(", ",
        kb.quality().counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
    out.println("time per phase:");
    kb.timings().phases().forEach((phase, ms) -> out.printf("  %-16s %6d ms%n", phase, ms));
    out.printf("  %-16s %6d ms%n", "total", kb.timings().totalMillis());
    return 0;
  }
}
