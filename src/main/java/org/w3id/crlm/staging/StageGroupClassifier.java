package org.w3id.crlm.staging;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.reasoning.ExpressionClassifier;
import org.w3id.crlm.reasoning.OntologyReasoner;
import org.w3id.crlm.reasoning.ReasonedOntology;
import org.w3id.crlm.terms.TermIndex;

/**
 * Finds the AJCC stage group of a TNM classification by asking the reasoner which stage-group
 * classes the description "TNM classification with these three categories" falls under.
 */
public final class StageGroupClassifier {
  private final ExpressionClassifier classifier;
  private final List<String> stageGroups;
  private final Function<String, Collection<String>> superClassesOf;

  /** Over the classified ontology: the stage groups and their superclasses from its hierarchy. */
  public StageGroupClassifier(ReasonedOntology reasoned) {
    this.classifier = new ExpressionClassifier(reasoned);
    this.stageGroups = classifier.subClassesOf(Crlm.AJCC_STAGE_GROUP.iri());
    this.superClassesOf = classifier::superClassesOf;
  }

  private StageGroupClassifier(ExpressionClassifier classifier, List<String> stageGroups,
      Function<String, Collection<String>> superClassesOf) {
    this.classifier = classifier;
    this.stageGroups = stageGroups;
    this.superClassesOf = superClassesOf;
  }

  /**
   * Over an ontology that is not classified: the stage groups and their superclasses from the
   * reasoned knowledge base's hierarchy ({@code terms}), and one subsumption test a group on a
   * fresh HermiT, which needs no classification (the ten seconds or more a command would wait
   * for after opening a snapshot).
   */
  public static StageGroupClassifier unclassified(OWLOntology ontology, TermIndex terms) {
    OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, OntologyReasoner.configuration());
    return new StageGroupClassifier(new ExpressionClassifier(ontology, reasoner),
        terms.subClassesOf(Crlm.AJCC_STAGE_GROUP.iri()),
        group -> terms.superClassesOf(group).stream().filter(c -> !c.equals(group)).toList());
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
      superClassesOf.apply(group).forEach(broader::add);
    }
    List<String> mostSpecific = all.stream().filter(g -> !broader.contains(g)).toList();
    return new StageAssignment(mostSpecific, all);
  }
}
