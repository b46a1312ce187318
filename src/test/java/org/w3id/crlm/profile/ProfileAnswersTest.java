package org.w3id.crlm.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * Profiles beside their expected answers, found automatically: every {@code NAME.expected.json}
 * of src/test/resources/profile-answers/ is checked against the answer to {@code NAME.json} (in
 * the same directory, or else examples/profiles/). The expected file names the sections it
 * checks: a section of the answer ("stageGroup", "noBenefit", ...) as the sorted labels of its
 * entries, "warnings" as the warnings in order, or "error" as the exact message of a profile
 * that must be refused. Sections it does not name are not checked.
 */
class ProfileAnswersTest {
  private static final Path DIRECTORY = TestKnowledgeBase.home().resolve("src/test/resources/profile-answers");
  private static final Path EXAMPLES = TestKnowledgeBase.home().resolve("examples/profiles");
  private static ProfileFixture profiles;

  @BeforeAll
  static void service() {
    profiles = new ProfileFixture();
  }

  @TestFactory
  Stream<DynamicTest> everyProfileGetsItsExpectedAnswer() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path expected : files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
        String name = expected.getFileName().toString().replace(".expected.json", "");
        tests.add(DynamicTest.dynamicTest(name, () -> check(name, JSON.parse(Files.readString(expected)))));
      }
    }
    return tests.stream();
  }

  private static void check(String name, JsonObject expected) throws IOException {
    Path input = Files.exists(DIRECTORY.resolve(name + ".json")) ? DIRECTORY.resolve(name + ".json") : EXAMPLES.resolve(name + ".json");
    JsonObject answer;
    try {
      answer = profiles.answer(Files.readString(input), input.getFileName().toString()).toJson(profiles.context.corpus());
    } catch (CrlmException e) {
      assertEquals(expected.hasKey("error") ? expected.get("error").getAsString().value() : "no error", e.getMessage(), name);
      return;
    }
    List<String> mismatches = new ArrayList<>();
    for (String section : expected.keys()) {
      List<String> want = strings(expected.get(section).isArray() ? expected.get(section).getAsArray() : new JsonArray());
      List<String> got = answer.hasKey(section) ? actual(section, answer.get(section).getAsArray()) : List.of("(no section " + section + ")");
      if (section.equals("error")) {
        got = List.of("(answered, no error)");
        want = List.of(expected.get(section).getAsString().value());
      }
      if (!want.equals(got)) {
        mismatches.add(section + ": expected " + want + " but was " + got);
      }
    }
    assertEquals(List.of(), mismatches, name);
  }

  private static List<String> actual(String section, JsonArray entries) {
    if (section.equals("warnings")) {
      return strings(entries);
    }
    return entries.stream().map(e -> e.getAsObject().get("label").getAsString().value()).sorted().toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(JsonValue::getAsString).map(s -> s.value()).toList();
  }
}
