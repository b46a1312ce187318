package org.w3id.crlm.ingest;

import org.w3id.crlm.ontology.Crlm;

/** IRIs of ingest output: graphs, documents, and the resources inside a document's graph. */
public final class IngestVocabulary {
  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

  /** Prefix of every document's annotation graph. */
  public static final String ANNOTATION_GRAPHS = Crlm.NS + "graph/annotations/";

  /**
   * The namespace of documents uploaded to the server, inside the document identifiers: an
   * upload's identifier is this followed by the identifier its file name gives. A corpus
   * document's identifier never holds a '/', so no upload can take a corpus document's graph.
   */
  public static final String UPLOADS = "upload/";

  private IngestVocabulary() {}

  /** The identifier of a document uploaded under the identifier {@code id} of its file name. */
  public static String uploadId(String id) {
    return UPLOADS + id;
  }

  public static String graph(String documentId) {
    return ANNOTATION_GRAPHS + documentId;
  }

  /** The document's IRI: the corpus documents keep the IRIs the curated facts cite. */
  public static String document(String documentId) {
    return Crlm.NS + "doc/" + documentId;
  }

  /** Base of the resources inside a document's graph (sentences, mentions, claims, suggestions). */
  public static String base(String documentId) {
    return Crlm.NS + "ingest/" + documentId + "/";
  }

  public static String extractor(String version) {
    return Crlm.NS + "ingest/extractor/" + version;
  }
}
