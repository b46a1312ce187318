package org.w3id.crlm.reasoning;

import org.w3id.crlm.ErrorCode;

import java.util.List;
import org.w3id.crlm.CrlmException;

/**
 * The ontology is consistent but some classes can have no instances: it is incoherent. Kept
 * apart from inconsistency, as ROBOT does, because the fix differs.
 */
public class UnsatisfiableClassesException extends CrlmException {
  private static final long serialVersionUID = 1L;
  private final List<String> classes;

  public UnsatisfiableClassesException(List<String> classes) {
    super(ErrorCode.INCONSISTENT_ONTOLOGY,
        ("The ontology has %d unsatisfiable class(es): %s. Each of them can have no instance, so"
                + " an axiom about it (a disjointness, a definition or a restriction) contradicts"
                + " another; correct or remove that axiom.")
            .formatted(classes.size(), String.join(", ", classes)));
    this.classes = List.copyOf(classes);
  }

  /** The unsatisfiable classes, each as "label <IRI>". */
  public List<String> classes() {
    return classes;
  }
}
