package org.w3id.crlm.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;

/** The kinds of finding are one list: each with a code of its own, and each in the README's table with that code. */
class FindingKindTest {

  @Test
  void everyKindHasItsOwnCodeAndIsDocumentedWithIt() throws IOException {
    String readme = Files.readString(TestKnowledgeBase.home().resolve("README.md"));
    Set<String> codes = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (FindingKind kind : FindingKind.values()) {
      if (!codes.add(kind.code())) {
        problems.add(kind.code() + " is given to two kinds");
      }
      boolean documented = readme.lines().anyMatch(line -> line.startsWith("| ") && line.contains(kind.code())
          && line.contains("`" + kind.id() + "`"));
      if (!documented) {
        problems.add(kind.id() + " (" + kind.code() + ") has no row in the README's table of findings");
      }
    }
    assertEquals(List.of(), problems);
  }
}
