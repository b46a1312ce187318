package org.w3id.crlm.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ontology.Crlm;

/**
 * The regression table src/test/resources/regression/offers.tsv: profiles of stage I-III and
 * metastatic colon and rectal cancers with each biomarker and line, each with what it must and
 * must not be offered or warned about, answered by the reasoner. The table is written from the
 * curation rulebook, so a claim stated more broadly than its sentence fails a row.
 */
class RegressionTableTest {
  private static final Path TABLE = TestKnowledgeBase.home().resolve("src/test/resources/regression/offers.tsv");
  private static ProfileFixture profiles;

  @BeforeAll
  static void service() {
    profiles = new ProfileFixture();
  }

  @TestFactory
  Stream<DynamicTest> everyRowHolds() throws IOException {
    List<String> rows = Files.readAllLines(TABLE).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertEquals(List.of("name", "profile", "offered", "not offered", "possible benefit", "no benefit", "likely no benefit"),
        Arrays.asList(rows.get(0).split("\t")), "header of " + TABLE);
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      assertEquals(7, cells.length, "seven tab-separated cells in the row " + cells[0] + " of " + TABLE);
      tests.add(DynamicTest.dynamicTest(cells[0], () -> check(cells)));
    }
    return tests.stream();
  }

  private static void check(String[] cells) {
    ProfileAnswer answer = profiles.answer(cells[1], cells[0]);
    Set<String> offered = offered(answer);
    Set<String> possible = terms(answer.possibleBenefit());
    Set<String> noBenefit = terms(answer.noBenefit());
    Set<String> likely = terms(answer.likelyNoBenefit());
    List<String> wrong = new ArrayList<>();
    for (String term : list(cells[2])) {
      if (!offered.contains(term)) {
        wrong.add(term + " is not offered");
      }
    }
    for (String term : list(cells[3])) {
      if (offered.contains(term)) {
        wrong.add(term + " is offered");
      }
      if (possible.contains(term)) {
        wrong.add(term + " is listed as of possible benefit");
      }
    }
    for (String term : list(cells[4])) {
      if (!possible.contains(term)) {
        wrong.add(term + " is not listed as of possible benefit");
      }
      if (offered.contains(term)) {
        wrong.add(term + " is offered although its benefit is hedged");
      }
    }
    for (String term : list(cells[5])) {
      if (!noBenefit.contains(term)) {
        wrong.add(term + " is not listed as of no benefit");
      }
    }
    for (String term : list(cells[6])) {
      if (!likely.contains(term)) {
        wrong.add(term + " is not listed as of likely no benefit");
      }
      if (noBenefit.contains(term)) {
        wrong.add(term + " is listed as of no benefit although its resistance is hedged");
      }
    }
    assertEquals(List.of(), wrong, cells[0] + "; offered: " + new TreeSet<>(offered));
  }

  /** What the answer offers: the interventions of its recommendations (none says "avoid") and the agents of evidence of benefit. */
  private static Set<String> offered(ProfileAnswer answer) {
    Set<String> offered = new TreeSet<>();
    answer.recommendations().forEach(e -> e.interventions().forEach(i -> offered.add(i.iri())));
    offered.addAll(terms(answer.evidenceOfBenefit()));
    return offered;
  }

  private static Set<String> terms(List<ProfileEntry> entries) {
    Set<String> terms = new TreeSet<>();
    entries.forEach(e -> terms.add(e.term().iri()));
    return terms;
  }

  private static List<String> list(String cell) {
    return cell.equals("-") ? List.of() : Arrays.stream(cell.trim().split("\\s+"))
        .map(t -> t.startsWith("crlm:") ? Crlm.NS + t.substring(5) : t).toList();
  }
}
