package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.ingest.claims.NumericClaimFinder;
import org.w3id.crlm.ontology.Crlm;

class NumericClaimFinderTest {
  private static List<String> claims(String text) {
    return new NumericClaimFinder().find(text).stream()
        .map(c -> c.kind() + " '" + text.substring(c.start(), c.end()) + "' " + c.value() + " " + c.lower() + " "
            + c.upper() + " " + (c.comparator() == null ? null : c.comparator().replace(Crlm.NS, "")) + " " + (c.unit() == null ? null : c.unit().replace(Crlm.NS, "")))
        .toList();
  }

  /** Each text of numeric-claims/quantities.tsv gives the claims beside it, units as UCUM codes, comparators read. */
  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> readsQuantitiesWithUnitsAndComparators() throws java.io.IOException {
    java.nio.file.Path file = org.w3id.crlm.TestKnowledgeBase.home().resolve("src/test/resources/numeric-claims/quantities.tsv");
    return java.nio.file.Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.startsWith("text\t") && !l.isBlank())
        .map(l -> l.split("\t"))
        .map(f -> org.junit.jupiter.api.DynamicTest.dynamicTest(f[0], () -> assertEquals(List.of(f[1].split(" \\| ")), coded(f[0]))));
  }

  private static List<String> coded(String text) {
    return new NumericClaimFinder().find(text).stream()
        .map(c -> c.kind() + " '" + text.substring(c.start(), c.end()) + "' " + (c.value() == null ? null : c.value().toPlainString())
            + " " + c.lower() + " " + c.upper() + " " + (c.comparator() == null ? null : c.comparator().replace(Crlm.NS, "")) + " " + c.unitCode())
        .toList();
  }

  @Test
  void readsEachKindOfFigureOnce() {
    String text = "Median overall survival reached 3.8 years (range 0.5 - 9.4 years; HR 0.77, 95% CI 0.61-0.98; "
        + "p < 0.001) in 20 of 36 patients (55.6%), n = 50, after 5 x 5 Gy and 400 mg/m2, for 6 months.";
    assertEquals(List.of(
        "median 'Median overall survival reached 3.8 years' 3.8 null null null Years",
        "range '0.5 - 9.4 years' null 0.5 9.4 null Years",
        "hazard-ratio 'HR 0.77' 0.77 null null null Ratio",
        "confidence-interval '95% CI 0.61-0.98' null 0.61 0.98 null null",
        "p-value 'p < 0.001' 0.001 null null LessThan null",
        "count '20 of 36' 20 null 36 null null",
        "percentage '55.6%' 55.6 null null null Percent",
        "count 'n = 50' 50 null null null null",
        "dose '5 x 5 Gy' 25 null null null Gray",
        "dose '400 mg/m2' 400 null null null MilligramPerSquareMetre",
        "duration '6 months' 6 null null null Months"), claims(text));
  }
}
