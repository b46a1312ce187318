package org.w3id.crlm.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;

/**
 * The comparator on the fixture figures/figures.ttl, one group of figures per rule; the expected
 * findings (verdict, figures, every reasoning step) are in expected.txt beside it.
 */
class FigureComparatorTest {
  private static final Path DIR = TestKnowledgeBase.home().resolve("src/test/resources/figure-comparisons");
  private static final String TEST_NS = "https://w3id.org/crlm/test/";
  private static KnowledgeBase kb;

  @BeforeAll
  static void build() {
    kb = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory())
        .withExtraFile(DIR.resolve("figures.ttl")).build();
  }

  @Test
  void findsWhatEachRuleSays() throws IOException {
    List<FigureComparison> fixture = kb.comparisons().stream()
        .filter(c -> c.first().iri().startsWith(TEST_NS) && c.second().iri().startsWith(TEST_NS)).toList();
    String actual = render(fixture);
    // The actual output lands in target/ so that a changed expectation can be reviewed with diff.
    Files.writeString(TestKnowledgeBase.home().resolve("target/figure-comparisons.actual.txt"), actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(DIR.resolve("expected.txt"), StandardCharsets.UTF_8), actual);
  }

  @Test
  void theFindingsAreInTheComparisonsGraphAndNeedTheReasoner() {
    // Metastatic colorectal cancer is a colorectal cancer only through its definition: without the
    // classified hierarchy C1 and C2 would be about unrelated populations and not compared at all.
    assertTrue(kb.comparisons().stream().anyMatch(c -> c.first().iri().equals(TEST_NS + "c2")
        && c.verdict() == FigureComparison.Verdict.POPULATION_DEPENDENT));
    PopulationHierarchy asserted = new PopulationHierarchy(java.util.Set.of());
    assertEquals(PopulationHierarchy.Relation.UNRELATED,
        asserted.relation("https://w3id.org/crlm/MetastaticColorectalCancer", "https://w3id.org/crlm/ColorectalCancer"));
  }

  @Test
  void unitsConvertThroughUcum() {
    UnitConverter ucum = UnitConverter.ucum();
    assertEquals(Optional.of(12.0), ucum.factor("a", "mo").map(f -> Math.round(f * 1e6) / 1e6));
    assertEquals(Optional.empty(), ucum.factor("%", "mo"));
    assertEquals(Optional.empty(), ucum.factor("{patients}", "{lesions}"));
  }

  @Test
  void intervalsReadTheComparators() {
    Interval more = Interval.of(new java.math.BigDecimal("40"), null, null, Interval.Comparison.GREATER_THAN);
    Interval forty = Interval.of(new java.math.BigDecimal("40"), null, null, Interval.Comparison.EQUAL_TO);
    Interval about = Interval.of(new java.math.BigDecimal("40"), null, null, Interval.Comparison.APPROXIMATELY);
    assertEquals("(40, ∞)", more.notation());
    assertTrue(more.entirelyAbove(forty), "more than 40 excludes 40 itself");
    assertTrue(more.overlaps(about));
    assertEquals("[36, 44]", about.notation());
  }

  static String render(List<FigureComparison> comparisons) {
    return comparisons.stream().map(c -> "%s\t%s\t%s\t%s%n%s%n".formatted(c.verdict().label(), c.first().label(),
        c.second().label(), c.withinDocument() ? "within one document" : "two documents",
        c.steps().stream().map(s -> "  " + s).collect(Collectors.joining("\n")))).collect(Collectors.joining());
  }
}
