package org.w3id.crlm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.crlm.TestKnowledgeBase;

/**
 * README.md stays true: its command lines run (but serve; publish, which needs a store to
 * publish to: PublishToFusekiTest runs it against one; and diff, which needs an older version:
 * AnswerDiffTest makes one), and it lists every question.
 */
class ReadmeCommandsTest {

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
    List<String> commands = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(TestKnowledgeBase.home().resolve("README.md"))) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (inCode && line.startsWith("./crlm ") && !line.startsWith("./crlm serve") && !line.startsWith("./crlm publish")
          && !line.startsWith("./crlm diff")) {
        commands.add(line.replaceAll("\\s+#.*$", ""));
      }
    }
    assertTrue(commands.size() >= 5, "README.md shows the commands");
    return commands.stream().map(command -> DynamicTest.dynamicTest(command, () -> {
      // The defaults (ontology/ and ../shared/corpus of crlm.home) are the repository's, as for a user.
      List<String> args = split(command.substring("./crlm ".length()));
      StringWriter err = new StringWriter();
      int exit = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertEquals(0, exit, command + ": " + err);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyQuestionIsListedInTheReadme() throws IOException {
    String readme = Files.readString(TestKnowledgeBase.home().resolve("README.md"));
    try (Stream<java.nio.file.Path> files = Files.list(TestKnowledgeBase.home().resolve("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream()
          .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertTrue(
              readme.contains("`queries/" + p.getFileName() + "`"),
              "README.md lists every question; add " + p.getFileName() + " to its table")));
    }
  }

  /** Splits a command line on spaces, keeping single- and double-quoted words whole. */
  private static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ' ') {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
