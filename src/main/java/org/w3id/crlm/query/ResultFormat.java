package org.w3id.crlm.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats a query result can be written in: tables of bindings (SELECT, ASK) or RDF
 * (CONSTRUCT, DESCRIBE). Each knows its media type for content negotiation.
 */
public enum ResultFormat {
  TABLE("text/plain", null, null),
  CSV("text/csv", ResultSetLang.RS_CSV, null),
  TSV("text/tab-separated-values", ResultSetLang.RS_TSV, null),
  JSON("application/sparql-results+json", ResultSetLang.RS_JSON, null),
  XML("application/sparql-results+xml", ResultSetLang.RS_XML, null),
  TURTLE("text/turtle", null, Lang.TURTLE),
  NTRIPLES("application/n-triples", null, Lang.NTRIPLES),
  JSONLD("application/ld+json", null, Lang.JSONLD),
  RDFXML("application/rdf+xml", null, Lang.RDFXML);

  private final String mediaType;
  private final Lang resultsLang;
  private final Lang rdfLang;

  ResultFormat(String mediaType, Lang resultsLang, Lang rdfLang) {
    this.mediaType = mediaType;
    this.resultsLang = resultsLang;
    this.rdfLang = rdfLang;
  }

  public String mediaType() {
    return mediaType;
  }

  /** True for formats of SELECT and ASK results. */
  public boolean isResultSetFormat() {
    return rdfLang == null;
  }

  Lang resultsLang() {
    return resultsLang;
  }

  /** The RDF syntax of a CONSTRUCT or DESCRIBE format; null for result-set formats. */
  public Lang rdfLang() {
    return rdfLang;
  }

  /** Parses a user's format name ("json", "n-triples", "ttl"...), case-insensitively. */
  public static ResultFormat parse(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return switch (key) {
      case "table", "text" -> TABLE;
      case "csv" -> CSV;
      case "tsv" -> TSV;
      case "json" -> JSON;
      case "xml" -> XML;
      case "turtle", "ttl" -> TURTLE;
      case "ntriples", "nt" -> NTRIPLES;
      case "jsonld" -> JSONLD;
      case "rdfxml", "rdf", "owl" -> RDFXML;
      default -> throw new IllegalArgumentException(
          "Unknown format '%s'. Known formats: %s."
              .formatted(name, Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))));
    };
  }
}
