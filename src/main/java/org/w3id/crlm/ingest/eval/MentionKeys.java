package org.w3id.crlm.ingest.eval;

import java.util.List;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.text.CodePoints;
import org.w3id.crlm.ontology.Crlm;

/** Writes predicted mentions the way gold files do: code points, CURIEs, tnm: strings. */
public final class MentionKeys {
  private MentionKeys() {}

  public static List<GoldMention> of(List<Mention> mentions, CodePoints codePoints) {
    return mentions.stream()
        .map(m -> new GoldMention(codePoints.offset(m.start()), codePoints.offset(m.end()), m.category(), entity(m)))
        .toList();
  }

  private static String entity(Mention mention) {
    if (mention.category() == Category.STAGE && mention.entities().size() > 1 || isTnmCategory(mention)) {
      return "tnm:" + mention.form();
    }
    if (mention.entities().size() > 1) {
      return "ambiguous:" + String.join("|", mention.entities());
    }
    return curie(mention.entities().get(0));
  }

  private static boolean isTnmCategory(Mention mention) {
    return mention.category() == Category.STAGE && mention.form().matches("(?:yp|yc|p|c|r)?[TNM].*");
  }

  /** An entity as gold files write it: crlm: for the ontology's namespace, the full IRI otherwise. */
  static String curie(String iri) {
    return iri.startsWith(Crlm.NS) ? "crlm:" + iri.substring(Crlm.NS.length()) : iri;
  }
}
