package org.w3id.crlm.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.profile.ProfileFixture;

/**
 * Which studies a patient fits is classification: the patients of {@code cohort/trials/trial-fit.tsv},
 * answered as one cohort in batches, fit the studies the file says and not the others it names.
 */
class TrialFitTest {
  @Test
  void eachPatientFitsTheStudiesItsCancerIsClassifiedIn() throws Exception {
    Path file = TestKnowledgeBase.home().resolve("src/test/resources/cohort/trials/trial-fit.tsv");
    List<String[]> cases = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3)).toList();
    StringBuilder cohort = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      cohort.append(cases.get(i)[2].replaceFirst("^\\{", "{\"id\": \"case-" + (i + 1) + "\", ")).append('\n');
    }
    ProfileFixture fixture = new ProfileFixture();
    List<List<String>> trials = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (LocalEngine engine = new LocalEngine(fixture.reader, fixture.service, 6, Duration.ofSeconds(120), 2)) {
      new CohortRunner(fixture.reader, engine, 10).run(new BufferedReader(new StringReader(cohort.toString())), "trial-fit.tsv", row -> {
        trials.add(CohortTable.values(row).get(CohortTable.COLUMNS.indexOf("trials")));
        if (row.error() != null) {
          errors.add(row.line() + ": " + row.error());
        }
      });
    }
    assertEquals(List.of(), errors);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      expected.add(cases.get(i)[0] + " " + cases.get(i)[1]);
      actual.add(cases.get(i)[0] + " " + (trials.get(i).contains(cases.get(i)[0]) ? "fits" : "does not fit"));
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
