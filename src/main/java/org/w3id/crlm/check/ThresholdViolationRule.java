package org.w3id.crlm.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.crlm.clinical.ThresholdRule;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.terms.Term;

/**
 * {@code threshold}: a bound of the draft on a quantity that a threshold rule of the knowledge
 * base contradicts (resection with a future liver remnant of 30% in a cirrhotic liver, where the
 * evidence asks for more than 40%). An error; a warning when the draft names no liver condition
 * and the rule is for one, or when the draft's unit cannot be compared with the rule's.
 */
final class ThresholdViolationRule implements StatementRule {
  private final CheckSupport support;

  ThresholdViolationRule(CheckSupport support) {
    this.support = support;
  }

  @Override
  public List<Finding> check(StatementUnderCheck check) {
    DraftStatement statement = check.statement();
    List<Finding> findings = new ArrayList<>();
    Set<String> liver = statement.liverConditions().stream().map(Term::iri).collect(Collectors.toSet());
    for (DraftStatement.Threshold written : statement.thresholds()) {
      for (ThresholdRule rule : support.knowledge.thresholdRules()) {
        if (!rule.quantity().equals(written.quantity().iri())) {
          continue;
        }
        boolean applies = rule.liverConditions().isEmpty() || rule.liverConditions().stream().anyMatch(liver::contains);
        boolean unstated = !applies && liver.isEmpty();
        if (!applies && !unstated) {
          continue;
        }
        // Compare in the rule's unit: a percentage written as a fraction (0.4) is read as one; a
        // bound in another unit (200 mL) cannot be compared and says so.
        DraftStatement.Threshold threshold = written;
        boolean percent = rule.unit() != null && Crlm.PERCENT.is(rule.unit());
        if (percent && written.unit().isEmpty() && written.value().compareTo(BigDecimal.ONE) <= 0 && written.value().signum() > 0) {
          threshold = new DraftStatement.Threshold(written.quantity(), written.comparator(), written.value().movePointRight(2), "%");
        } else if (percent && !written.unit().isEmpty() && !written.unit().equals("%")) {
          findings.add(new Finding(Finding.Severity.WARNING, FindingKind.THRESHOLD, statement.where(), statement.text(),
              "The draft gives %s in %s; the evidence gives it as a percentage, so the two cannot be compared."
                  .formatted(written.quantity().label(), written.unit()),
              List.of("Rule of the knowledge base: " + rule.label() + "."), support.sourcesOfItems(rule.evidence(), check.maxRank()),
              "State the threshold as a percentage (%s).".formatted(rule.label())));
          continue;
        }
        String violation = violation(threshold, rule);
        if (violation == null) {
          continue;
        }
        List<EvidenceSource> sources = support.sourcesOfItems(rule.evidence(), check.maxRank());
        if (sources.isEmpty()) {
          continue;
        }
        String conditions = String.join(", ", rule.liverConditions().stream().map(support.terms::label).toList());
        findings.add(new Finding(unstated ? Finding.Severity.WARNING : Finding.Severity.ERROR, FindingKind.THRESHOLD,
            statement.where(), statement.text(),
            unstated ? "The draft's threshold (%s) is stated for every liver, but in %s it %s.".formatted(threshold, conditions, violation)
                : "The draft's threshold %s.".formatted(violation),
            List.of("Rule of the knowledge base: " + rule.label() + "."),
            sources,
            unstated ? "State the liver condition the threshold is for, and give %s its own threshold.".formatted(conditions)
                : "Change the threshold to the one the evidence gives (%s).".formatted(rule.label())));
      }
    }
    return findings;
  }

  /**
   * How the draft's bound goes past the rule's, or null if it does not. Strictness is applied as
   * stated: a draft that allows exactly 40% breaks a rule of more than 40%, not one of at least 40%.
   */
  private String violation(DraftStatement.Threshold threshold, ThresholdRule rule) {
    boolean draftStrict = threshold.comparator().equals(">") || threshold.comparator().equals("<");
    if (threshold.isLowerBound() && rule.lowerBound() != null) {
      int c = threshold.value().compareTo(rule.lowerBound());
      if (c < 0) {
        return "allows %s, below the %s%s the evidence requires".formatted(threshold, plain(rule.lowerBound()), unit(rule));
      }
      if (c == 0 && rule.lowerStrict() && !draftStrict) {
        return "allows %s, where the evidence requires more than %s%s".formatted(threshold, plain(rule.lowerBound()), unit(rule));
      }
    }
    if (threshold.isUpperBound() && rule.upperBound() != null) {
      int c = threshold.value().compareTo(rule.upperBound());
      if (c > 0) {
        return "allows %s, above the %s%s the evidence allows".formatted(threshold, plain(rule.upperBound()), unit(rule));
      }
      if (c == 0 && rule.upperStrict() && !draftStrict) {
        return "allows %s, where the evidence requires less than %s%s".formatted(threshold, plain(rule.upperBound()), unit(rule));
      }
    }
    return null;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private String unit(ThresholdRule rule) {
    return rule.unit() == null ? "" : Crlm.PERCENT.is(rule.unit()) ? "%" : " " + support.terms.label(rule.unit());
  }
}
