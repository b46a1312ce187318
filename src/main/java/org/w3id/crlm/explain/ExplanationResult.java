package org.w3id.crlm.explain;

import java.util.List;

/**
 * The answer to "why": whether the statement is entailed, and if so its justifications.
 *
 * @param statement the statement asked about, rendered
 * @param statementWords the statement in plain words, its terms kept
 * @param justifications strongest evidence first (the best of their weakest links)
 * @param complete false when the time limit stopped the search before it ended on its own
 */
public record ExplanationResult(String statement, List<PlainWords.Part> statementWords, boolean entailed, List<Justification> justifications, boolean complete,
    long millis) {}
