package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;

/** What the rules of a check share: the knowledge base's view, and the questions they all ask of a statement. */
final class CheckSupport {
  final ClinicalContext context;
  final ClinicalKnowledge knowledge;
  final TermIndex terms;

  CheckSupport(ClinicalContext context) {
    this.context = context;
    this.knowledge = context.knowledge();
    this.terms = context.terms();
  }

  /** The agents the statement recommends: its agents, those of its regimens, and those of the kinds it names. */
  Set<String> agentsOf(DraftStatement statement) {
    Set<String> agents = new LinkedHashSet<>();
    for (Term intervention : statement.interventions()) {
      if (intervention.isClass()) {
        knowledge.instancesOf(intervention.iri()).forEach(i -> agents.addAll(knowledge.agentsOf(i)));
      } else {
        agents.addAll(knowledge.agentsOf(intervention.iri()));
      }
    }
    return agents;
  }

  /** The interventions the statement names, a kind of intervention standing for its members. */
  Set<String> interventionIris(DraftStatement statement) {
    Set<String> iris = new LinkedHashSet<>();
    for (Term intervention : statement.interventions()) {
      if (intervention.isClass()) {
        iris.addAll(knowledge.instancesOf(intervention.iri()));
      } else {
        iris.add(intervention.iri());
      }
    }
    return iris;
  }

  /** The sources of evidence items, at {@code maxRank} or better. */
  List<EvidenceSource> sourcesOfItems(List<String> items, int maxRank) {
    return EvidenceSource.within(context.provenance().get().sourcesOfItems(items), maxRank);
  }

  /** The sources of an axiom, at {@code maxRank} or better. */
  List<EvidenceSource> sourcesOf(OWLAxiom axiom, int maxRank) {
    return EvidenceSource.within(context.provenance().get().sourcesOf(axiom), maxRank);
  }

  String population(DraftStatement statement) {
    return String.join(", ", statement.population().stream().map(Term::label).toList());
  }

  /**
   * Whether the statement's combination has evidence of benefit of its own in the population,
   * from within {@code cls} (see {@link ClinicalKnowledge#benefitWithin}).
   */
  boolean hasOwnBenefit(DraftStatement statement, Set<String> cancerTypes, String cls) {
    Set<String> agents = agentsOf(statement);
    Set<String> named = interventionIris(statement);
    return knowledge.benefitWithin(cancerTypes, cls).stream()
        .anyMatch(regimen -> named.contains(regimen) || (!agents.isEmpty() && knowledge.agentsOf(regimen).equals(agents)));
  }

  /** The first steps of a finding's explanation: the population is a {@code cls}, and why, when asked. */
  List<String> populationIsA(StatementUnderCheck check, String cls) {
    List<String> steps = new ArrayList<>();
    steps.add("The population (%s) is a %s.".formatted(population(check.statement()), terms.label(cls)));
    steps.addAll(check.why().apply(cls));
    return steps;
  }
}
