package org.w3id.crlm.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * Reads the words of a draft's population, intervention and conditions cells. Terms are
 * separated by ";" (or "," in a population, "+" in a combination of interventions); a condition
 * is a threshold ("future liver remnant >= 30%") or a term: a liver condition, a timing
 * ("upfront"), a test ("after RAS testing"), a line of therapy or an intent.
 */
final class ConditionReader {
  private static final Pattern THRESHOLD = Pattern.compile(
      "(?<quantity>.+?)\\s*(?<comparator>>=|<=|≥|≤|>|<|=|at least|at most|above|below|more than|less than|of)?\\s*(?<value>\\d+(?:\\.\\d+)?)\\s*(?<unit>%|[a-zA-Z]+)?");
  private static final Pattern PREFIX_WORDS = Pattern.compile("(?i)^(after|with|following|requires?|in an?|in)\\s+");

  private final TermIndex terms;

  ConditionReader(TermIndex terms) {
    this.terms = terms;
  }

  List<String> split(String cell, String separators) {
    List<String> parts = new ArrayList<>();
    if (cell == null) {
      return parts;
    }
    for (String part : cell.split(separators)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static final TermKind[] POPULATION = {TermKind.CANCER_CLASS, TermKind.FEATURE, TermKind.FEATURE_CLASS,
      TermKind.TIMING_OF_METASTASES, TermKind.RESECTABILITY, TermKind.LIVER_CONDITION, TermKind.TNM_CATEGORY, TermKind.LINE};

  /**
   * Words around a qualifier that authors write into a population ("... in a patient with
   * cirrhosis", "... in patients who have had FOLFOX"): the qualifier is read as if it stood alone.
   */
  private static final Pattern PATIENT_WORDS = Pattern.compile(
      "(?i)^(?:in|for)\\s+(?:an?\\s+|the\\s+)?(?:patients?|people|tumou?rs?|cases?|disease)\\s+(?:with|who\\s+have(?:\\s+had)?|having|that\\s+(?:has|have))\\s+(.+)$");

  /** A treatment already given: "after progression on FOLFOX", "previously treated with oxaliplatin". */
  private static final Pattern PRIOR = Pattern.compile(
      "(?i)^(?:after\\s+(?:progression|failure)\\s+(?:on|of|after)|previously\\s+treated\\s+with|pretreated\\s+with|after\\s+prior|refractory\\s+to|after)\\s+(.+)$");

  private static final Pattern METASTASES = Pattern.compile("(?i)(.+?)[\\s-]+(?:metastases|metastasis|mets|metastatic disease)");
  private static final Pattern CONNECTOR = Pattern.compile("(?i)\\s+(?:with|and|plus)\\s+");

  /** Where a qualifier starts inside a population phrase: it is read as a part of its own. */
  private static final Pattern QUALIFIER_START = Pattern.compile(
      "(?i)\\s+(?=(?:in|for)\\s+(?:an?\\s+|the\\s+)?(?:patients?|people)\\s+(?:with|who|having|that)\\s"
          + "|after\\s+(?:progression|failure)\\b|previously\\s+treated\\b|pretreated\\s+with\\s|refractory\\s+to\\s)");

  List<Term> population(String cell, String where) {
    List<Term> list = new ArrayList<>();
    String separated = cell == null ? null : QUALIFIER_START.matcher(cell).replaceAll("; ");
    for (String part : split(separated, "[;,]")) {
      List<Term> found = phrase(part);
      if (found == null) {
        // "colon cancer with liver metastases": each side of the connector on its own.
        List<Term> pieces = new ArrayList<>();
        for (String piece : CONNECTOR.split(part)) {
          List<Term> one = phrase(piece);
          if (one == null) {
            one = segment(piece.strip().split("\\s+"));
          }
          if (one == null) {
            pieces = null;
            break;
          }
          pieces.addAll(one);
        }
        found = pieces;
      }
      if (found == null) {
        found = segment(part.split("\\s+"));
      }
      if (found == null) {
        throw terms.unknown(part, where, POPULATION);
      }
      list.addAll(found);
    }
    return list;
  }

  /**
   * One term of a population, a site of metastases ("liver metastases"), a treatment already given
   * ("after progression on FOLFOX"), or one of these with the words around it ("in a patient with
   * cirrhosis"); null if none.
   */
  private List<Term> phrase(String text) {
    Matcher patient = PATIENT_WORDS.matcher(text.strip());
    if (patient.matches()) {
      return phrase(patient.group(1));
    }
    Matcher prior = PRIOR.matcher(text.strip());
    if (prior.matches()) {
      var given = terms.find(prior.group(1), TermKind.INTERVENTION);
      if (given.isPresent()) {
        return List.of(new Term(given.get().iri(), "previously treated with " + given.get().label(), TermKind.PRIOR_THERAPY));
      }
    }
    var term = terms.find(text, POPULATION);
    if (term.isPresent()) {
      return List.of(term.get());
    }
    Matcher m = METASTASES.matcher(text.strip());
    if (m.matches()) {
      var site = terms.find(m.group(1), TermKind.SITE);
      if (site.isPresent()) {
        return List.of(new Term(site.get().iri(), site.get().label() + " metastases", TermKind.METASTASIS_SITE));
      }
    }
    return null;
  }

  /**
   * A population written as one phrase of several terms ("KRAS G12D rectal cancer"): the fewest
   * known terms that cover its words in order, or null when none do.
   */
  private List<Term> segment(String[] words) {
    int n = words.length;
    List<List<Term>> best = new ArrayList<>();
    best.add(new ArrayList<>());
    for (int end = 1; end <= n; end++) {
      List<Term> bestHere = null;
      for (int start = 0; start < end; start++) {
        List<Term> before = best.get(start);
        if (before == null) {
          continue;
        }
        List<Term> found = phrase(String.join(" ", java.util.Arrays.copyOfRange(words, start, end)));
        if (found != null && (bestHere == null || before.size() + found.size() < bestHere.size())) {
          bestHere = new ArrayList<>(before);
          bestHere.addAll(found);
        }
      }
      best.add(bestHere);
    }
    return best.get(n);
  }

  /** Words before an intervention that say when or why it is given: "perioperative FOLFOX", "upfront chemoradiotherapy". */
  static final Pattern QUALIFIED = Pattern.compile(
      "(?i)^(upfront|up-front|initial|neoadjuvant|preoperative|adjuvant|postoperative|perioperative|palliative|maintenance|conversion)\\s+(.+)$");

  List<Term> interventions(String cell, String where) {
    var whole = terms.find(cell == null ? "" : cell, TermKind.INTERVENTION, TermKind.INTERVENTION_CLASS);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    List<Term> list = new ArrayList<>();
    for (String part : split(cell, "[;+]|\\s+plus\\s+|\\s+with\\s+|\\s+and\\s+")) {
      list.add(terms.resolve(part, where, TermKind.INTERVENTION, TermKind.INTERVENTION_CLASS));
    }
    return list;
  }

  /** Adds the conditions of a cell to the lists given. */
  void conditions(String cell, String where, List<DraftStatement.Threshold> thresholds, List<Term> liver,
      List<Term> timings, List<Term> tests, List<Term> other) {
    for (String part : split(cell, ";")) {
      Matcher m = THRESHOLD.matcher(part);
      if (m.matches() && terms.find(part, TermKind.LIVER_CONDITION, TermKind.TREATMENT_TIMING, TermKind.TEST, TermKind.LINE,
          TermKind.INTENT).isEmpty()) {
        String quantityText = m.group("quantity").replaceFirst("(?i)\\s+of$", "");
        if (terms.find(quantityText, TermKind.QUANTITY).isEmpty()) {
          throw new org.w3id.crlm.CrlmException(("%s: '%s' is not a condition the check reads. Write a threshold on a quantity"
              + " (future liver remnant >= 30%%; quantities: %s), a timing (upfront), a test required first (after RAS testing),"
              + " a line of therapy (first line, later line) or an intent (neoadjuvant, palliative).")
              .formatted(where, part, String.join(", ", terms.labelsOf(TermKind.QUANTITY))));
        }
        Term quantity = terms.resolve(quantityText, where, TermKind.QUANTITY);
        thresholds.add(new DraftStatement.Threshold(quantity, comparator(m.group("comparator")),
            new BigDecimal(m.group("value")), m.group("unit") == null ? "" : m.group("unit")));
        continue;
      }
      String term = PREFIX_WORDS.matcher(part).replaceFirst("");
      Term found = terms.find(part, TermKind.LIVER_CONDITION, TermKind.TREATMENT_TIMING, TermKind.TEST, TermKind.LINE, TermKind.INTENT)
          .orElseGet(() -> terms.resolve(term, where, TermKind.LIVER_CONDITION, TermKind.TREATMENT_TIMING, TermKind.TEST,
              TermKind.LINE, TermKind.INTENT, TermKind.QUANTITY));
      if (found.kind().equals(TermKind.LIVER_CONDITION)) {
        liver.add(found);
      } else if (found.kind().equals(TermKind.TREATMENT_TIMING)) {
        timings.add(found);
      } else if (found.kind().equals(TermKind.TEST)) {
        tests.add(found);
      } else if (found.kind().equals(TermKind.QUANTITY)) {
        throw new org.w3id.crlm.CrlmException(where + ": '%s' names a quantity but no bound; write it as '%s >= 30%%'."
            .formatted(part, found.label()));
      } else {
        other.add(found);
      }
    }
  }

  /** A bound written without a comparator ("FLR 30%", "FLR of 30%") is read as the value allowed: "=". */
  private static String comparator(String written) {
    if (written == null || written.equals("of")) {
      return "=";
    }
    return switch (written) {
      case "≥", "at least" -> ">=";
      case "≤", "at most" -> "<=";
      case "above", "more than" -> ">";
      case "below", "less than" -> "<";
      default -> written;
    };
  }
}
