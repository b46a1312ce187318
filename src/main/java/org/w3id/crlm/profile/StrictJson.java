package org.w3id.crlm.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.w3id.crlm.CrlmException;

/**
 * Reads one JSON value strictly, as input from anyone must be read: a key given twice, anything
 * after the value, nesting deeper than {@value #MAX_DEPTH} levels, a number of more than a
 * thousand digits are errors that say where they are, never a value silently overwritten, a
 * tail silently dropped or a parser run out of stack.
 */
final class StrictJson {
  static final int MAX_DEPTH = 32;
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(1000).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  private StrictJson() {}

  /**
   * @param source what the text is called in messages ("the request body", a file name)
   * @param fix what to do about a syntax error, added to the message
   */
  static JsonNode read(String text, String source, String fix) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode value = MAPPER.readTree(parser);
      if (value == null) {
        throw new CrlmException("%s is empty: give a JSON object. %s".formatted(source, fix));
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new CrlmException("%s holds more after its JSON value, at line %d, column %d: send one JSON object and nothing after it."
            .formatted(source, at.getLineNr(), at.getColumnNr()));
      }
      return value;
    } catch (StreamConstraintsException e) {
      throw new CrlmException("%s nests arrays or objects more than %d levels deep, or holds a number too long to read: a profile needs three levels."
          .formatted(source, MAX_DEPTH));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CrlmException("%s is not valid JSON%s: %s. %s".formatted(source,
          at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr()), plain(e.getOriginalMessage()), fix));
    } catch (IOException e) {
      throw new CrlmException("%s cannot be read: %s".formatted(source, e.getMessage()));
    }
  }

  /** Jackson's message without its pointers into its own API and its source excerpts. */
  private static String plain(String message) {
    String text = message == null ? "malformed" : message;
    text = text.replaceAll("\\s*\\(start marker at \\[Source:[^]]*\\]\\)", "");
    text = text.replaceAll("\\s*\\[Source:[^]]*\\]", "");
    text = text.replaceAll("\\s*\\(code \\d+\\)", "");
    text = text.replaceAll("\\s*\\(for [^)]*\\)", "");
    return text.strip().replaceAll("\\.+$", "");
  }
}
