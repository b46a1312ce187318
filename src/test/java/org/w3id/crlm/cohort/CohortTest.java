package org.w3id.crlm.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.cohort.fhir.FhirCohortInput;
import org.w3id.crlm.cohort.fhir.McodeProfileMapper;
import org.w3id.crlm.cohort.fhir.McodeWriter;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileFixture;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/**
 * Cohorts: profiles reasoned together in batches get the answers each gets alone, and a cohort's
 * table (cohort/NAME.ndjson beside NAME.expected.csv) holds every patient in order, the ones
 * without an answer with their reason.
 */
class CohortTest {
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static ClinicalContext context;
  private static ProfileService service;
  private static ProfileReader reader;
  private static LocalEngine engine;

  @BeforeAll
  static void service() {
    ProfileFixture fixture = new ProfileFixture();
    context = fixture.context;
    service = fixture.service;
    reader = fixture.reader;
    engine = new LocalEngine(reader, service, 6, LIMIT, 2);
  }

  @org.junit.jupiter.api.AfterAll
  static void closeEngine() {
    engine.close();
  }

  /** The answer as the API gives it, without the time it took. */
  private static String json(ProfileAnswer answer) {
    JsonObject json = answer.toJson(context.corpus());
    json.remove("millis");
    return json.toString();
  }

  @Test
  void batchesAnswerEachPatientAsItIsAnsweredAlone() {
    CohortGenerator generator = new CohortGenerator(7);
    List<PatientProfile> profiles = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      profiles.add(reader.read(generator.next("patient-" + i), "generated line " + i));
    }
    List<String> batched = new ArrayList<>();
    for (int from = 0; from < profiles.size(); from += 50) {
      try (Deadline deadline = Deadline.after(LIMIT)) {
        service.answerAll(profiles.subList(from, from + 50), 6, deadline).forEach(o -> batched.add(json(o.answer())));
      }
    }
    List<String> alone = profiles.stream().map(p -> json(service.answer(p, 6, LIMIT))).toList();
    assertEquals(alone, batched);
  }

  @Test
  void theTableHasEveryPatientInOrderWithTheReasonOfThoseNotAnswered() throws Exception {
    Path dir = TestKnowledgeBase.home().resolve("src/test/resources/cohort");
    String input = Files.readString(dir.resolve("mixed.ndjson"));
    StringWriter out = new StringWriter();
    CohortRunner runner = new CohortRunner(reader, engine, 2);
    CohortRunner.Summary summary;
    try (CohortTable table = new CohortTable(out)) {
      summary = runner.run(new BufferedReader(new StringReader(input)), "mixed.ndjson", table::write);
    }
    assertEquals(Files.readString(dir.resolve("mixed.expected.csv")), out.toString());
    assertEquals(new CohortRunner.Summary(3, 3), summary);
  }

  @Test
  void aCohortWrittenAsMcodeFhirGetsTheTableItsProfilesGet(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    CohortGenerator generator = new CohortGenerator(11);
    McodeWriter writer = new McodeWriter();
    StringBuilder profiles = new StringBuilder();
    StringBuilder fhir = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      String profile = generator.next("patient-" + i);
      profiles.append(profile).append('\n');
      writer.resources(profile).forEach(line -> fhir.append(line).append('\n'));
    }
    Path file = Files.writeString(temp.resolve("cohort.ndjson"), fhir);
    CohortRunner runner = new CohortRunner(reader, engine, 50);
    StringWriter fromProfiles = new StringWriter();
    try (CohortTable table = new CohortTable(fromProfiles)) {
      runner.run(new BufferedReader(new StringReader(profiles.toString())), "profiles", table::write);
    }
    StringWriter fromFhir = new StringWriter();
    try (CohortTable table = new CohortTable(fromFhir);
        FhirCohortInput input = new FhirCohortInput(List.of(file), new McodeProfileMapper(context.terms()))) {
      assertEquals(new CohortRunner.Summary(120, 0), runner.run(input, table::write));
    }
    assertEquals(fromProfiles.toString(), fromFhir.toString());
  }

  @Test
  void fhirPatientsAreAnsweredAndTheUnreadableOrContradictoryOnesGetTheirReason() throws Exception {
    Path dir = TestKnowledgeBase.home().resolve("src/test/resources/cohort/fhir");
    StringWriter out = new StringWriter();
    try (CohortTable table = new CohortTable(out);
        FhirCohortInput input = new FhirCohortInput(List.of(dir), new McodeProfileMapper(context.terms()))) {
      new CohortRunner(reader, engine, 50).run(input, table::write);
    }
    List<String> rows = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString()))) {
      parser.forEach(row -> rows.add(String.join("\t", row.get("line"), row.get("id"), row.get("status"), row.get("stage_group"),
          row.get("no_benefit"), row.get("excluded_by_adverse_events"), row.get("error").isEmpty() ? "" : row.get("error").substring(0, Math.min(60, row.get("error").length())))));
    }
    List<String> expected = Files.readAllLines(dir.resolve("mcode.expected-table.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertEquals(String.join("\n", expected), String.join("\n", rows));
  }
}
