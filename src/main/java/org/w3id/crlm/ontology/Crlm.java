package org.w3id.crlm.ontology;

/** The IRIs of the crlm vocabulary and of the knowledge base's graphs, as strings. */
public final class Crlm {
  private Crlm() {}

  public static final String NS = "https://w3id.org/crlm/";

  /** The vocabulary's ontology IRI (crlm.ttl). */
  public static final String VOCABULARY = NS + "ontology";

  /** The knowledge base's ontology IRI (kb.ttl): the vocabulary and the facts. */
  public static final String KNOWLEDGE_BASE = NS + "kb";

  /** Named graph holding what the ontology files state. */
  public static final String ASSERTED_GRAPH = NS + "graph/asserted";

  /** Named graph holding what HermiT entails and the files do not state. */
  public static final String INFERRED_GRAPH = NS + "graph/inferred";

  public static final String TNM_CLASSIFICATION = NS + "TNMClassification";
  public static final String HAS_T_CATEGORY = NS + "hasTCategory";
  public static final String HAS_N_CATEGORY = NS + "hasNCategory";
  public static final String HAS_M_CATEGORY = NS + "hasMCategory";
  public static final String AJCC_STAGE_GROUP = NS + "AJCCStageGroup";

  /** Prefixes offered to every query and used when printing results. */
  public static final String PREFIXES =
      """
      PREFIX crlm: <https://w3id.org/crlm/>
      PREFIX doc: <https://w3id.org/crlm/doc/>
      PREFIX ev: <https://w3id.org/crlm/evidence/>
      PREFIX case: <https://w3id.org/crlm/case/>
      PREFIX trial: <https://w3id.org/crlm/trial/>
      PREFIX fig: <https://w3id.org/crlm/figure/>
      PREFIX rec: <https://w3id.org/crlm/recommendation/>
      PREFIX rule: <https://w3id.org/crlm/rule/>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      """;
}
