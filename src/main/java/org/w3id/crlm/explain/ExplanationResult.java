package org.w3id.crlm.explain;

import java.util.List;

/**
 * The answer to "why": whether the statement is entailed, and if so its justifications.
 *
 * @param statement the statement asked about, rendered
 * @param complete false when the time limit stopped the search before it ended on its own
 */
public record ExplanationResult(String statement, boolean entailed, List<Justification> justifications, boolean complete,
    long millis) {}
