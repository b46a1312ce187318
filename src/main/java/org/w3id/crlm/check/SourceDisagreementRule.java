package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.crlm.clinical.SourceDisagreement;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermKind;
import org.w3id.crlm.terms.Variants;

/**
 * {@code source-disagreement} (warning): the figure comparator found the knowledge base's figures
 * for how common a biomarker of the draft's populations is in conflict, or differing by population;
 * one finding per feature, naming the rows, every finding with its verdict, and every source.
 */
final class SourceDisagreementRule implements DraftRule {
  private final CheckSupport support;

  SourceDisagreementRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(Draft draft, List<DraftStatement> checked) {
    Map<String, Set<String>> genesByWhere = new LinkedHashMap<>();
    for (DraftStatement statement : checked) {
      for (Term term : statement.population()) {
        // A mutation of a gene makes how common that gene's mutations are relevant; a wild-type status does not.
        if (term.kind().equals(TermKind.FEATURE) && !support.knowledge.isA(term.iri(), Crlm.SEQUENCE_VARIANT) && !Variants.isNew(term)) {
          continue;
        }
        Set<String> genes = new TreeSet<>(support.knowledge.genesOf(term.iri()));
        Variants.geneOf(term, support.terms).ifPresent(genes::add);
        if (!genes.isEmpty()) {
          genesByWhere.computeIfAbsent(statement.where(), k -> new TreeSet<>()).addAll(genes);
        }
      }
    }
    if (genesByWhere.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (SourceDisagreement disagreement : support.knowledge.disagreements()) {
      Set<String> featureGenes = support.knowledge.genesOf(disagreement.feature());
      List<String> rows = genesByWhere.entrySet().stream()
          .filter(e -> e.getValue().stream().anyMatch(featureGenes::contains)).map(Map.Entry::getKey).toList();
      if (rows.isEmpty()) {
        continue;
      }
      String feature = support.terms.label(disagreement.feature());
      findings.add(new Finding(FindingKind.SOURCE_DISAGREEMENT, String.join(", ", rows), "population with " + feature,
          "The figures of the knowledge base for how common %s is conflict or depend on the population.".formatted(feature),
          disagreement.claims().stream().map(l -> "Figure comparator, " + l + ".").toList(),
          EvidenceSource.distinct(support.context.provenance().get().sourcesOfItems(disagreement.evidence())),
          "If the draft states a figure for %s, cite the sources that disagree, or give the range they span.".formatted(feature)));
    }
    return findings;
  }
}
