package org.w3id.crlm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error codes are one list: each code used once, each in the README's table with its description. */
class ErrorCodeTest {

  @Test
  void everyCodeIsUniqueAndDocumented() throws IOException {
    String readme = Files.readString(TestKnowledgeBase.home().resolve("README.md"));
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      if (!seen.add(code.code())) {
        problems.add(code.code() + " is used twice");
      }
      if (!readme.contains("| " + code.code() + " | " + code.description() + " |")) {
        problems.add(code.code() + " has no row in the README's table of error codes");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void eachKindOfFailureCarriesItsCode() {
    assertEquals(ErrorCode.BAD_INPUT, new CrlmException("x").code());
    assertEquals(ErrorCode.BAD_TNM, new org.w3id.crlm.staging.TnmParseException("x").code());
    assertEquals(ErrorCode.BAD_QUERY, new org.w3id.crlm.query.BadQueryException("x", 1, 1).code());
    assertEquals(ErrorCode.TOO_LARGE, ErrorCode.forStatus(413));
    assertEquals(ErrorCode.OVER_CAPACITY, ErrorCode.forStatus(503));
    assertEquals(ErrorCode.NOT_AUTHORISED, ErrorCode.forStatus(401));
  }
}
