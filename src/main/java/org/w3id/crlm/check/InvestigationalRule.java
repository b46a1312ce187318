package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.ontology.Crlm;

/** {@code investigational} (warning): an agent the knowledge base records as investigational, recommended rather than considered. */
final class InvestigationalRule implements StatementRule {
  private final CheckSupport support;

  InvestigationalRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst() || Crlm.CONSIDER.is(statement.strength().iri())) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (String agent : support.agentsOf(statement)) {
      if (support.knowledge.isA(agent, Crlm.INVESTIGATIONAL_AGENT)) {
        String label = support.terms.label(agent);
        findings.add(new Finding(FindingKind.INVESTIGATIONAL, statement.where(), statement.text(),
            "The draft recommends %s, which the knowledge base records as investigational (not approved).".formatted(label),
            List.of("%s is an investigational agent.".formatted(label)), List.of(),
            "Recommend %s only within a clinical trial, or with strength consider.".formatted(label)));
      }
    }
    return findings;
  }
}
