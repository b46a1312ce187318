package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermKind;
import org.w3id.crlm.terms.Variants;

/**
 * {@code missing-biomarker} (warning): an agent made for a molecular alteration (a variant such as
 * KRAS G12C or BRAF V600E, or a gene product that tumours amplify, such as HER2) recommended for
 * a population that does not say the tumour has it: the alteration must be tested for and found
 * first.
 */
final class MissingBiomarkerRule implements StatementRule {
  private final CheckSupport support;

  MissingBiomarkerRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    if (statement.advisesAgainst()) {
      return List.of();
    }
    Set<String> stated = new TreeSet<>();
    Set<String> statedGenes = new TreeSet<>();
    for (Term term : statement.population()) {
      stated.add(term.iri());
      stated.addAll(support.terms.ancestorsOf(term.iri()));
      statedGenes.addAll(support.knowledge.genesOf(term.iri()));
      Variants.geneOf(term, support.terms).ifPresent(statedGenes::add);
      if (term.kind().equals(TermKind.FEATURE_CLASS) || term.isClass()) {
        // "HER2-positive", "BRAF V600E-mutant colorectal cancer": the class names its alteration.
        support.knowledge.featuresOfClass(term.iri()).forEach(f -> {
          stated.add(f);
          statedGenes.addAll(support.knowledge.genesOf(f));
        });
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (String agent : support.agentsOf(statement)) {
      for (String target : support.knowledge.targetsOf(agent)) {
        boolean variant = support.knowledge.isA(target, Crlm.SEQUENCE_VARIANT);
        boolean alteredGene = !variant && support.knowledge.isA(target, Crlm.GENE) && support.knowledge.hasAmplification(target);
        if ((variant && !stated.contains(target)) || (alteredGene && !statedGenes.contains(target))) {
          String agentLabel = support.terms.label(agent);
          String targetLabel = support.terms.label(target);
          findings.add(new Finding(FindingKind.MISSING_BIOMARKER, statement.where(), statement.text(),
              "The draft recommends %s, which acts on %s, for a population that does not say the tumour has %s."
                  .formatted(agentLabel, targetLabel, variant ? "it" : "an alteration of it"),
              List.of("%s targets %s (%s).".formatted(agentLabel, targetLabel, support.terms.label(Crlm.GENERAL_PHARMACOLOGY.iri())),
                  "The population (%s) does not state %s.".formatted(support.population(statement), targetLabel)),
              List.of(), "Restrict the recommendation to tumours with %s, found by testing first.".formatted(targetLabel)));
        }
      }
    }
    return findings;
  }
}
