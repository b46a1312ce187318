package org.w3id.crlm.ontology;

import java.nio.file.Path;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ErrorCode;

/** An ontology file that cannot be read, with the file and the place in it. */
public class MalformedOntologyException extends CrlmException {
  private static final long serialVersionUID = 1L;

  public MalformedOntologyException(Path file, long line, long column, String problem) {
    super(ErrorCode.MALFORMED_ONTOLOGY,
        "%s:%d:%d: %s. Fix the Turtle at that place and run again."
            .formatted(file, line, column, problem));
  }

  public MalformedOntologyException(String message) {
    super(ErrorCode.MALFORMED_ONTOLOGY, message);
  }

  /** An ontology that reads but that the build refuses, for the reason {@code code} names. */
  public MalformedOntologyException(ErrorCode code, String message) {
    super(code, message);
  }
}
