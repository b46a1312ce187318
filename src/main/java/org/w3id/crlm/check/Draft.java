package org.w3id.crlm.check;

import java.util.List;
import org.semanticweb.owlapi.model.OWLAxiom;

/**
 * A draft guideline read from a table or from Turtle.
 *
 * @param name the file name (or "the request body")
 * @param statements its recommendations
 * @param axioms further axioms of a Turtle draft (class definitions and the like), merged with
 *     the knowledge base for the consistency check; empty for a table
 * @param declaredClasses the classes the draft defines, checked for satisfiability
 */
public record Draft(String name, List<DraftStatement> statements, List<OWLAxiom> axioms, List<String> declaredClasses) {}
