package org.w3id.crlm.check;

import java.util.List;

/**
 * The one list of the check's rules, in the order they run: a rule sees what the rules before it
 * found for the same statement (a report of no benefit is not repeated as a contradicted
 * recommendation). Consistency and satisfiability, which decide whether the statements can be
 * checked at all, are the checker's own first steps.
 */
final class CheckRules {
  private CheckRules() {}

  static List<StatementRule> statementRules(CheckSupport support) {
    return List.of(
        new NoBenefitRule(support, FindingKind.NO_BENEFIT),
        new NoBenefitRule(support, FindingKind.LIKELY_NO_BENEFIT),
        new RecommendationConflictRule(support, FindingKind.CONTRADICTS_RECOMMENDATION),
        new RecommendationConflictRule(support, FindingKind.TIMING),
        new ReportedAgainstRule(support),
        new ThresholdViolationRule(support),
        new MissingTestRule(support),
        new MissingBiomarkerRule(support),
        new InvestigationalRule(support),
        new NonAjccCategoryRule(support));
  }

  static List<DraftRule> draftRules(CheckSupport support) {
    return List.of(new NonAjccCategoryRule(support), new SourceDisagreementRule(support));
  }
}
