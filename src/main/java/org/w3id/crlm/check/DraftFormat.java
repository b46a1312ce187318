package org.w3id.crlm.check;

import java.util.Locale;
import org.w3id.crlm.CrlmException;

/** The formats a draft may be written in. */
public enum DraftFormat {
  TSV, CSV, TURTLE;

  /** The format a file name's extension (or a media type) names. */
  public static DraftFormat of(String nameOrType) {
    String lower = nameOrType.toLowerCase(Locale.ROOT).strip();
    if (lower.endsWith(".tsv") || lower.endsWith(".tab") || lower.startsWith("text/tab-separated-values") || lower.equals("tsv")) {
      return TSV;
    }
    if (lower.endsWith(".csv") || lower.startsWith("text/csv") || lower.equals("csv")) {
      return CSV;
    }
    if (lower.endsWith(".ttl") || lower.startsWith("text/turtle") || lower.equals("turtle") || lower.equals("ttl")) {
      return TURTLE;
    }
    throw new CrlmException(("Cannot tell the format of '%s': a draft is a table (.tsv, .csv; text/tab-separated-values,"
        + " text/csv) or Turtle (.ttl; text/turtle).").formatted(nameOrType));
  }

  public Draft read(String text, String name, org.w3id.crlm.clinical.ClinicalContext context) {
    return switch (this) {
      case TSV -> new TableDraftReader(context.terms()).read(text, name, true);
      case CSV -> new TableDraftReader(context.terms()).read(text, name, false);
      case TURTLE -> new TurtleDraftReader(context.terms(), context.ontology()).read(text, name);
    };
  }
}
