package org.w3id.crlm.ingest;

import java.util.List;
import org.w3id.crlm.ingest.claims.NumericClaim;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.relate.Relation;
import org.w3id.crlm.ingest.suggest.Suggestion;
import org.w3id.crlm.ingest.text.Span;
import org.w3id.crlm.ingest.text.TextDocument;

/**
 * What ingest found in one document; offsets are {@code char} indices into its text. The
 * warnings name values read as the document wrote them but outside the standard the knowledge
 * base stages by (a TNM category AJCC 8th does not define), each with its place.
 */
public record DocumentAnalysis(
    TextDocument document,
    List<Span> sentences,
    List<Mention> mentions,
    List<NumericClaim> claims,
    List<Suggestion> suggestions,
    List<Relation> relations,
    List<String> warnings) {}
