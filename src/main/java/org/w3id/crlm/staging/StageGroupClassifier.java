package org.w3id.crlm.staging;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.reasoning.ExpressionClassifier;
import org.w3id.crlm.reasoning.ReasonedOntology;

/**
 * Finds the AJCC stage group of a TNM classification by asking the reasoner which stage-group
 * classes the description "TNM classification with these three categories" falls under.
 */
public final class StageGroupClassifier {
  private final ExpressionClassifier classifier;
  private final List<String> stageGroups;

  public StageGroupClassifier(ReasonedOntology reasoned) {
    this.classifier = new ExpressionClassifier(reasoned);
    this.stageGroups = classifier.subClassesOf(Crlm.AJCC_STAGE_GROUP.iri());
  }

  /** The stage groups of a classification: the most specific ones and all of them. */
  public record StageAssignment(List<String> mostSpecific, List<String> all) {}

  /**
   * Both lists are empty when the categories determine no group (TX N0 M0); a T4 N0 M0
   * classification gets stage II only, since T4 alone does not say IIB or IIC.
   */
  public StageAssignment classify(TnmClassification tnm) {
    Map<String, String> categories = Map.of(
        Crlm.HAS_T_CATEGORY.iri(), tnm.tIri(),
        Crlm.HAS_N_CATEGORY.iri(), tnm.nIri(),
        Crlm.HAS_M_CATEGORY.iri(), tnm.mIri());
    List<String> all = classifier.subsumersAmong(Crlm.TNM_CLASSIFICATION.iri(), categories, stageGroups);
    Set<String> broader = new HashSet<>();
    for (String group : all) {
      classifier.superClassesOf(group).forEach(broader::add);
    }
    List<String> mostSpecific = all.stream().filter(g -> !broader.contains(g)).toList();
    return new StageAssignment(mostSpecific, all);
  }
}
