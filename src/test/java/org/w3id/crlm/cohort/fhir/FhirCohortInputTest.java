package org.w3id.crlm.cohort.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.cohort.CohortRunner.Input;
import org.w3id.crlm.profile.ProfileFixture;

/**
 * FHIR R4 / mCODE input: each kind of resource read into the profile it stands for, and what
 * cannot be read reported with its place. The input ({@code cohort/fhir/mcode.ndjson}) lies beside
 * what each of its patients must become ({@code mcode.expected.tsv}: the input's place, the
 * patient id, and the profile JSON or the error).
 */
class FhirCohortInputTest {
  private static McodeProfileMapper mapper;

  @BeforeAll
  static void mapper() {
    mapper = new McodeProfileMapper(new ProfileFixture().context.terms());
  }

  static Path dir() {
    return TestKnowledgeBase.home().resolve("src/test/resources/cohort/fhir");
  }

  @Test
  void eachResourceKindIsReadIntoItsPatientsProfileAndWhatCannotBeReadIsReportedWithItsPlace() throws IOException {
    List<String> actual = new ArrayList<>();
    try (FhirCohortInput input = new FhirCohortInput(List.of(dir().resolve("mcode.ndjson")), mapper)) {
      while (input.hasNext()) {
        Input patient = input.next();
        actual.add(patient.line() + "\t" + patient.id() + "\t" + (patient.error() != null ? "ERROR " + patient.error() : patient.profileJson()));
      }
    }
    List<String> expected = Files.readAllLines(dir().resolve("mcode.expected.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
