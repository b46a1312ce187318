package org.w3id.crlm.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.apache.jena.system.Txn;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.staging.StageGroupClassifier.StageAssignment;
import org.w3id.crlm.terms.TermIndex;

/**
 * The AJCC 8th edition table, row by row: each TNM of src/test/resources/staging/ is placed in
 * its stage group by the reasoner from the stage-group definitions.
 */
class StageGroupClassifierTest {
  private static final Path TABLE =
      TestKnowledgeBase.home().resolve("src/test/resources/staging/ajcc8-stage-groups.tsv");

  @TestFactory
  Stream<DynamicTest> everyTnmIsPlacedInItsAjccStageGroup() throws IOException {
    return table(new StageGroupClassifier(TestKnowledgeBase.get().reasoned()));
  }

  /** The stage command's way: an unclassified HermiT and the reasoned dataset's hierarchy. */
  @TestFactory
  Stream<DynamicTest> everyTnmIsPlacedInItsAjccStageGroupWithoutAClassification() throws IOException {
    KnowledgeBase kb = TestKnowledgeBase.get();
    TermIndex terms = Txn.calculateRead(kb.dataset(), () -> TermIndex.from(kb.dataset().asDatasetGraph().getDefaultGraph()));
    return table(StageGroupClassifier.unclassified(kb.ontology(), terms));
  }

  private static Stream<DynamicTest> table(StageGroupClassifier classifier) throws IOException {
    return Files.readAllLines(TABLE).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", -1))
        .map(cols -> DynamicTest.dynamicTest(cols[0], () -> {
          StageAssignment stage = classifier.classify(TestKnowledgeBase.get().tnmParser().parse(cols[0]));
          assertEquals(names(cols[1]), local(stage.mostSpecific()), "most specific group of " + cols[0]);
          assertEquals(names(cols[2]), local(stage.all()), "all groups of " + cols[0]);
        }));
  }

  @Test
  void theStageGroupOfCase003IsInferredNotAsserted() {
    String staging = "https://w3id.org/crlm/case/003-pathological-staging";
    var asserted = TestKnowledgeBase.get().dataset().getNamedModel(Crlm.ASSERTED_GRAPH);
    var inferred = TestKnowledgeBase.get().dataset().getNamedModel(Crlm.INFERRED_GRAPH);
    org.apache.jena.system.Txn.executeRead(TestKnowledgeBase.get().dataset(), () -> {
      var subject = asserted.createResource(staging);
      var ivb = asserted.createResource(Crlm.NS + "StageIVB");
      assertEquals(false, asserted.contains(subject, org.apache.jena.vocabulary.RDF.type, ivb));
      assertEquals(true, inferred.contains(subject, org.apache.jena.vocabulary.RDF.type, ivb));
    });
  }

  private static List<String> names(String column) {
    return column.isBlank() ? List.of() : Arrays.stream(column.split(" ")).sorted().toList();
  }

  private static List<String> local(List<String> iris) {
    return iris.stream().map(i -> i.substring(Crlm.NS.length())).sorted().toList();
  }
}
