package org.w3id.crlm;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.check.DraftFormat;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Mutation fuzzing of every reader of untrusted text (profiles as JSON, drafts as TSV, CSV and
 * Turtle, SPARQL queries): each example of the repository is mutated many times over (bytes
 * changed, spans cut or repeated, brackets piled up, the text cut short) and read. A reader may
 * accept the input or refuse it with a {@link CrlmException}, whose message the user sees;
 * anything else (another exception, a stack overflow) fails, and the input is written to
 * target/fuzz-failures/ to be replayed. Seeded, so a run can be repeated;
 * {@code -Dcrlm.fuzz.iterations=N} runs longer.
 */
class InputFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("crlm.fuzz.iterations", 150);
  private static final String SPECIAL = "{}[]()<>\"'\\:;,.#@^$*+?|\t\n\r\u0000\u00e9\u2028\uFEFF\uD83D\uDE00 _-=/%";
  private static ClinicalContext context;

  @BeforeAll
  static void load() {
    context = ClinicalContext.of(TestKnowledgeBase.get(), Corpus.at(TestKnowledgeBase.corpusDirectory()));
  }

  @TestFactory
  Stream<DynamicTest> readersAcceptOrRefuseMutatedInputAndNothingElse() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Path home = TestKnowledgeBase.home();
    for (Path seed : files(home.resolve("examples/profiles"), ".json")) {
      tests.add(fuzz(seed, text -> new ProfileReader(context.terms(), context.tnmParser()).read(text, "fuzzed profile")));
    }
    for (Path seed : files(home.resolve("examples/guidelines"), "")) {
      DraftFormat format = DraftFormat.of(seed.getFileName().toString());
      tests.add(fuzz(seed, text -> format.read(text, "fuzzed draft", context)));
    }
    for (Path seed : files(home.resolve("queries"), ".rq").subList(0, 8)) {
      tests.add(fuzz(seed, SparqlQueries::parse));
    }
    return tests.stream();
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static DynamicTest fuzz(Path seed, Consumer<String> reader) {
    return DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
      String original = Files.readString(seed, StandardCharsets.UTF_8);
      Random random = new Random(seed.getFileName().toString().hashCode());
      for (int i = 0; i < ITERATIONS; i++) {
        String input = mutate(original, random);
        try {
          reader.accept(input);
        } catch (CrlmException refused) {
          // A refusal with a message for the user: what bad input gets.
        } catch (RuntimeException | StackOverflowError e) {
          Path saved = TestKnowledgeBase.home().resolve("target/fuzz-failures").resolve(seed.getFileName() + "." + i);
          Files.createDirectories(saved.getParent());
          Files.writeString(saved, input, StandardCharsets.UTF_8);
          fail("Reading a mutation of %s threw %s (input saved in %s)".formatted(seed.getFileName(), e, saved), e);
        }
      }
    });
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      int at = random.nextInt(out.length());
      int span = Math.min(out.length() - at, 1 + random.nextInt(40));
      switch (random.nextInt(6)) {
        case 0 -> out.setCharAt(at, SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        case 1 -> out.delete(at, at + span);
        case 2 -> out.insert(at, out.substring(at, at + span).repeat(1 + random.nextInt(5)));
        case 3 -> out.insert(at, String.valueOf("[{(".charAt(random.nextInt(3))).repeat(1 + random.nextInt(500)));
        case 4 -> out.setLength(at);
        default -> out.insert(at, (char) random.nextInt(0x3000));
      }
    }
    return out.toString();
  }
}
