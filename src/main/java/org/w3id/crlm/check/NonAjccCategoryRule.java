package org.w3id.crlm.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermKind;

/**
 * {@code non-ajcc-category} (warning): a TNM category that AJCC 8th does not define (typed
 * crlm:NonAJCCCategory, such as ESMO's MRI substage T3b), in a statement's population or in the
 * draft's own axioms. Said, with the value and its standard, never silently mapped.
 */
final class NonAjccCategoryRule implements StatementRule, DraftRule {
  private final CheckSupport support;

  NonAjccCategoryRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    List<Finding> findings = new ArrayList<>();
    for (Term term : check.statement().population()) {
      if (term.kind().equals(TermKind.TNM_CATEGORY) && support.knowledge.isA(term.iri(), Crlm.NON_AJCC_CATEGORY)) {
        findings.add(finding(check.statement().where(), check.statement().text(), term.label()));
      }
    }
    return findings;
  }

  @Override
  public List<Finding> check(Draft draft, List<DraftStatement> checked) {
    Set<String> named = new TreeSet<>();
    draft.axioms().forEach(axiom -> axiom.signature().forEach(entity -> named.add(entity.getIRI().toString())));
    return named.stream().filter(iri -> support.knowledge.isA(iri, Crlm.NON_AJCC_CATEGORY))
        .map(iri -> finding("the draft's axioms", draft.name(), support.terms.label(iri))).toList();
  }

  private Finding finding(String where, String statement, String written) {
    String warning = support.context.tnmParser().warning(written).orElse(written + " is not an AJCC 8th edition category.");
    return new Finding(FindingKind.NON_AJCC_CATEGORY, where, statement, warning,
        List.of("The knowledge base types %s as a category of another standard (crlm:NonAJCCCategory), not of AJCC 8th.".formatted(written)),
        List.of(), "Keep %s if the statement is meant for that standard's categories; for AJCC 8th staging write the AJCC category it subdivides."
            .formatted(written));
  }
}
