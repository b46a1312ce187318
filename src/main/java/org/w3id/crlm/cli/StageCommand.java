package org.w3id.crlm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.staging.StageGroupClassifier;
import org.w3id.crlm.staging.StageGroupClassifier.StageAssignment;
import org.w3id.crlm.staging.TnmClassification;
import org.w3id.crlm.staging.TnmParser;
import org.w3id.crlm.terms.TermIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "stage",
    mixinStandardHelpOptions = true,
    description = {
      "Give the AJCC 8th edition stage group of a TNM classification.",
      "The reasoner infers it from the stage-group definitions. Example: crlm stage pT4bN2aM1b"
    })
final class StageCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TNM", arity = "1..*", description = "The classification, e.g. pT4b N2a M1b, cT3N1M0 or ypT2 ypN0 cM0.")
  List<String> tnm;

  @Override
  public Integer call() {
    KnowledgeBase kb = knowledgeBase.build();
    TnmParser parser = kb.tnmParser();
    TnmClassification parsed = parser.parse(String.join(" ", tnm));
    // One subsumption test a stage group on an unclassified HermiT: no classification to wait for.
    TermIndex terms = Txn.calculateRead(kb.dataset(), () -> TermIndex.from(kb.dataset().asDatasetGraph().getDefaultGraph()));
    StageAssignment stage = StageGroupClassifier.unclassified(kb.ontology(), terms).classify(parsed);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    parser.warnings(parsed).forEach(warning -> err.println("crlm stage: warning: " + warning));
    err.flush();
    out.printf("TNM: %s%n", parsed);
    if (stage.mostSpecific().isEmpty()) {
      out.println("stage group: none (these categories do not determine an AJCC stage group)");
    } else {
      out.printf("stage group: %s%n", names(stage.mostSpecific()));
      List<String> broader = stage.all().stream().filter(g -> !stage.mostSpecific().contains(g)).toList();
      if (!broader.isEmpty()) {
        out.printf("within: %s%n", names(broader));
      }
    }
    return 0;
  }

  private static String names(List<String> iris) {
    return String.join(", ", iris.stream().map(Crlm::localName).toList());
  }
}
