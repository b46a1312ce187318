package org.w3id.crlm.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One check of the quality report: a SPARQL query (resource {@code org/w3id/crlm/quality/NAME.rq})
 * whose rows are the problems it finds, each with {@code ?entity} and, where it helps, {@code ?value}
 * and {@code ?file}. Its header says the problem, the solution and the level:
 * <pre>
 * # Problem: ...
 * # Solution: ...
 * # Level: ERROR
 * </pre>
 */
public record QualityCheck(String name, Level level, String problem, String solution, String query) {
  private static final Pattern HEADER = Pattern.compile("^# (Problem|Solution|Level): (.*(?:\\n# {2,}.*)*)", Pattern.MULTILINE);

  static QualityCheck load(String name) {
    String resource = "/org/w3id/crlm/quality/" + name + ".rq";
    String text;
    try (InputStream in = QualityCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Quality check missing from the build: " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String problem = null;
    String solution = null;
    Level level = null;
    Matcher m = HEADER.matcher(text);
    while (m.find()) {
      String value = m.group(2).replaceAll("\\n#\\s+", " ").strip();
      switch (m.group(1)) {
        case "Problem" -> problem = value;
        case "Solution" -> solution = value;
        default -> level = Level.valueOf(value);
      }
    }
    if (problem == null || solution == null || level == null) {
      throw new IllegalStateException(resource + " lacks its '# Problem:', '# Solution:' or '# Level:' header");
    }
    return new QualityCheck(name, level, problem, solution, text);
  }
}
