package org.w3id.crlm.ingest;

import static org.w3id.crlm.ingest.IngestVocabulary.DCTERMS;
import static org.w3id.crlm.ingest.IngestVocabulary.OA;
import static org.w3id.crlm.ingest.IngestVocabulary.PROV;
import static org.w3id.crlm.ingest.IngestVocabulary.RDF;
import static org.w3id.crlm.ingest.IngestVocabulary.RDFS;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.crlm.corpus.SpanDigest;
import org.w3id.crlm.ingest.claims.NumericClaim;
import org.w3id.crlm.ingest.link.Category;
import org.w3id.crlm.ingest.link.Mention;
import org.w3id.crlm.ingest.link.TrialIdentifiers;
import org.w3id.crlm.ingest.relate.Relation;
import org.w3id.crlm.ingest.suggest.Suggestion;
import org.w3id.crlm.ingest.text.CodePoints;
import org.w3id.crlm.ingest.text.Span;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.ontology.Crlm;

/**
 * Writes a document's analysis as quads of its own named graph, in W3C Web Annotation terms
 * with PROV-O provenance (see ontology/annotation.ttl). Offsets are code points, as in the
 * curated locators. Resource IRIs come from the document and the offsets, so re-ingesting the
 * same text gives the same IRIs, and a curator's review of a suggestion carries over.
 *
 * <p>Sentences, numeric claims and suggestions have a target with a TextPositionSelector, which
 * SPARQL reads directly. A mention, of which a document has hundreds, targets its span by an IRI
 * with an RFC 5147 fragment ({@code doc/ID#char=start,end}), which the Web Annotation model allows
 * for a segment of a resource: six statements per mention instead of fourteen, which halved the
 * size of the annotation files and the time to write them. The mention's text is not stored; it
 * is in the document at those offsets.
 */
public final class AnnotationWriter {
  private final StreamRDF out;
  private final Node graph;
  private final String base;
  private final String documentIri;
  private final Node document;
  private final CodePoints codePoints;
  private final DocumentAnalysis analysis;
  private final List<Span> sentences;
  private final String blankNodePrefix = java.util.UUID.randomUUID() + "-";
  private int blankNodes;

  private AnnotationWriter(StreamRDF out, DocumentAnalysis analysis) {
    TextDocument doc = analysis.document();
    this.out = out;
    this.analysis = analysis;
    this.graph = uri(IngestVocabulary.graph(doc.id()));
    this.base = IngestVocabulary.base(doc.id());
    this.documentIri = IngestVocabulary.document(doc.id());
    this.document = uri(documentIri);
    this.codePoints = CodePoints.of(doc.text());
    this.sentences = analysis.sentences();
  }

  /**
   * Writes the analysis.
   *
   * @param storedCopy where the store keeps the text (relative), or null for a corpus document
   * @param reviews review status IRIs by suggestion IRI, from an earlier ingest of the document
   */
  public static void write(StreamRDF out, DocumentAnalysis analysis, String version, Instant started, Instant ended,
      String storedCopy, Map<String, String> reviews) {
    new AnnotationWriter(out, analysis).writeAll(version, started, ended, storedCopy, reviews);
  }

  private void writeAll(String version, Instant started, Instant ended, String storedCopy, Map<String, String> reviews) {
    TextDocument doc = analysis.document();
    Node activity = uri(base + "activity");
    Node agent = uri(IngestVocabulary.extractor(version));
    add(document, RDF + "type", uri(Crlm.INGESTED_DOCUMENT.iri()));
    add(document, RDF + "type", uri(PROV + "Entity"));
    add(document, Crlm.FILE_NAME.iri(), literal(doc.fileName()));
    add(document, DCTERMS + "format", literal(doc.mediaType()));
    add(document, Crlm.SHA256.iri(), literal(doc.sha256()));
    if (storedCopy != null) {
      add(document, Crlm.STORED_COPY.iri(), literal(storedCopy));
    }
    add(graph, PROV + "wasGeneratedBy", activity);
    add(graph, PROV + "wasDerivedFrom", document);
    add(activity, RDF + "type", uri(PROV + "Activity"));
    add(activity, PROV + "used", document);
    add(activity, PROV + "wasAssociatedWith", agent);
    add(activity, PROV + "startedAtTime", NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
    add(activity, PROV + "endedAtTime", NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
    add(agent, RDF + "type", uri(PROV + "SoftwareAgent"));
    add(agent, RDFS + "label", literal("crlm ingest " + version));
    for (Span sentence : sentences) {
      Node node = sentenceNode(sentence);
      add(node, RDF + "type", uri(Crlm.SENTENCE.iri()));
      add(node, RDF + "type", uri(OA + "SpecificResource"));
      add(node, OA + "hasSource", document);
      add(node, OA + "hasSelector", positionSelector(sentence.start(), sentence.end()));
    }
    for (Mention mention : analysis.mentions()) {
      writeMention(mention);
    }
    for (NumericClaim claim : analysis.claims()) {
      writeClaim(claim);
    }
    for (Suggestion suggestion : analysis.suggestions()) {
      writeSuggestion(suggestion, reviews);
    }
    for (Relation relation : analysis.relations()) {
      writeRelation(relation, reviews);
    }
  }

  /** A relation suggestion: its kind, both ends, the pattern and its confidence, the sentence, the curator's decision. */
  private void writeRelation(Relation relation, Map<String, String> reviews) {
    String key = cp(relation.sentence().start()) + "-" + cp(relation.sentence().end()) + "|" + relation.kind() + "|"
        + String.join(",", relation.subject().entities()) + "|" + (relation.object() == null ? "" : String.join(",", relation.object().entities()));
    String iri = base + "relation/" + SpanDigest.of(key);
    Node node = uri(iri);
    add(node, RDF + "type", uri(OA + "Annotation"));
    add(node, RDF + "type", uri(Crlm.RELATION_SUGGESTION.iri()));
    add(node, OA + "motivatedBy", uri(OA + "assessing"));
    add(node, Crlm.SUGGESTED_RELATION.iri(), literal(relation.kind()));
    relation.subject().entities().forEach(e -> add(node, Crlm.SUGGESTED_SUBJECT.iri(), uri(e)));
    if (relation.object() != null) {
      relation.object().entities().forEach(e -> add(node, Crlm.SUGGESTED_OBJECT.iri(), uri(e)));
    }
    add(node, Crlm.FOUND_BY_PATTERN.iri(), literal(relation.pattern()));
    add(node, Crlm.CONFIDENCE.iri(), NodeFactory.createLiteralDT(Double.toString(relation.confidence()), XSDDatatype.XSDdecimal));
    add(node, Crlm.IN_SENTENCE.iri(), sentenceNode(relation.sentence()));
    add(node, OA + "hasTarget", target(relation.sentence().start(), relation.sentence().end()));
    add(node, Crlm.REVIEW_STATUS.iri(), uri(reviews.getOrDefault(iri, Crlm.UNREVIEWED.iri())));
  }

  /**
   * A trial that a registry identifier or an acronym names and the knowledge base did not know is
   * declared in the document's graph: a clinical trial named by it, with the identifier if it is one.
   */
  private void declareMintedTrial(Mention mention, String entity) {
    if (mention.category() == Category.TRIAL && entity.equals(TrialIdentifiers.TRIALS + mention.form().replace('/', '-'))) {
      add(uri(entity), RDF + "type", uri(Crlm.CLINICAL_TRIAL.iri()));
      if (TrialIdentifiers.isIdentifier(mention.form())) {
        add(uri(entity), Crlm.REGISTRY_ID.iri(), literal(mention.form()));
      }
      add(uri(entity), RDFS + "label", literal(mention.form()));
    }
  }

  private void writeMention(Mention mention) {
    Node node = uri(base + "mention/" + cp(mention.start()) + "-" + cp(mention.end()));
    add(node, RDF + "type", uri(OA + "Annotation"));
    add(node, OA + "motivatedBy", uri(OA + "identifying"));
    for (String entity : mention.entities()) {
      add(node, OA + "hasBody", uri(entity));
      declareMintedTrial(mention, entity);
    }
    add(node, Crlm.CATEGORY.iri(), literal(mention.category().label()));
    add(node, OA + "hasTarget", uri(documentIri + "#char=" + cp(mention.start()) + "," + cp(mention.end())));
    Span sentence = sentenceOf(mention.start());
    if (sentence != null) {
      add(node, Crlm.IN_SENTENCE.iri(), sentenceNode(sentence));
    }
  }

  private void writeClaim(NumericClaim claim) {
    Node node = uri(base + "claim/" + cp(claim.start()) + "-" + cp(claim.end()));
    add(node, RDF + "type", uri(OA + "Annotation"));
    add(node, RDF + "type", uri(Crlm.NUMERIC_CLAIM.iri()));
    add(node, OA + "motivatedBy", uri(OA + "describing"));
    add(node, Crlm.CLAIM_KIND.iri(), literal(claim.kind()));
    decimal(node, Crlm.VALUE.iri(), claim.value());
    decimal(node, Crlm.LOWER_VALUE.iri(), claim.lower());
    decimal(node, Crlm.UPPER_VALUE.iri(), claim.upper());
    if (claim.comparator() != null) {
      add(node, Crlm.COMPARATOR.iri(), uri(claim.comparator()));
    }
    if (claim.unitCode() != null) {
      add(node, Crlm.UNIT_CODE.iri(), literal(claim.unitCode()));
    }
    if (claim.unit() != null) {
      add(node, Crlm.UNIT_OF.iri(), uri(claim.unit()));
    }
    add(node, OA + "hasTarget", target(claim.start(), claim.end()));
    Span sentence = sentenceOf(claim.start());
    if (sentence == null) {
      return;
    }
    add(node, Crlm.IN_SENTENCE.iri(), sentenceNode(sentence));
    Mention before = null;
    Mention after = null;
    for (Mention mention : mentionsIn(sentence)) {
      for (String entity : mention.entities()) {
        add(node, Crlm.NEAR_ENTITY.iri(), uri(entity));
      }
      if (mention.category() == Category.OUTCOME_MEASURE) {
        if (mention.start() < claim.start()) {
          before = mention;
        } else if (after == null) {
          after = mention;
        }
      }
    }
    Mention measure = before != null ? before : after;
    if (measure != null) {
      for (String entity : measure.entities()) {
        add(node, Crlm.CONCERNS_MEASURE.iri(), uri(entity));
      }
    }
  }

  private void writeSuggestion(Suggestion suggestion, Map<String, String> reviews) {
    String iri = base + "suggestion/" + suggestionKey(suggestion);
    Node node = uri(iri);
    add(node, RDF + "type", uri(OA + "Annotation"));
    add(node, RDF + "type", uri(Crlm.SUGGESTION.iri()));
    add(node, OA + "motivatedBy", uri(OA + "assessing"));
    add(node, Crlm.SUGGESTED_RELATION.iri(), literal(suggestion.relation()));
    suggestion.biomarker().entities().forEach(e -> add(node, Crlm.SUGGESTED_BIOMARKER.iri(), uri(e)));
    suggestion.therapy().entities().forEach(e -> add(node, Crlm.SUGGESTED_THERAPY.iri(), uri(e)));
    add(node, Crlm.TRIGGER_WORD.iri(), literal(analysis.document().text()
        .substring(suggestion.trigger().start(), suggestion.trigger().end()).replace('\n', ' ')));
    add(node, Crlm.IN_SENTENCE.iri(), sentenceNode(suggestion.sentence()));
    add(node, OA + "hasTarget", target(suggestion.sentence().start(), suggestion.sentence().end()));
    add(node, Crlm.REVIEW_STATUS.iri(), uri(reviews.getOrDefault(iri, Crlm.UNREVIEWED.iri())));
  }

  /** Stable across re-ingests of the same text: sentence offsets, relation and the two entities. */
  private String suggestionKey(Suggestion s) {
    String key = cp(s.sentence().start()) + "-" + cp(s.sentence().end()) + "|" + s.relation() + "|"
        + String.join(",", s.biomarker().entities()) + "|" + String.join(",", s.therapy().entities());
    return SpanDigest.of(key);
  }

  private Node target(int start, int end) {
    Node target = blankNode();
    add(target, OA + "hasSource", document);
    add(target, OA + "hasSelector", positionSelector(start, end));
    return target;
  }

  private Node positionSelector(int start, int end) {
    Node selector = blankNode();
    add(selector, RDF + "type", uri(OA + "TextPositionSelector"));
    add(selector, OA + "start", NodeFactory.createLiteralDT(Integer.toString(cp(start)), XSDDatatype.XSDinteger));
    add(selector, OA + "end", NodeFactory.createLiteralDT(Integer.toString(cp(end)), XSDDatatype.XSDinteger));
    return selector;
  }

  /**
   * A fresh blank node. Labels are one random prefix per document and a counter: a random label
   * per node (Jena's default) drew on the system's secure random source for every selector.
   */
  private Node blankNode() {
    return NodeFactory.createBlankNode(blankNodePrefix + (++blankNodes));
  }

  private Node sentenceNode(Span sentence) {
    return uri(base + "sentence/" + cp(sentence.start()) + "-" + cp(sentence.end()));
  }

  /**
   * The mentions inside a sentence. Mentions are in document order and do not overlap, so the
   * first is found by binary search: a document with many figures costs no more per figure.
   */
  private List<Mention> mentionsIn(Span sentence) {
    List<Mention> mentions = analysis.mentions();
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < sentence.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < mentions.size() && mentions.get(end).end() <= sentence.end()) {
      end++;
    }
    return mentions.subList(low, end);
  }

  /** The sentence that contains {@code offset}, or null (a figure in a line no sentence covers). */
  private Span sentenceOf(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        high = mid - 1;
      } else if (offset >= s.end()) {
        low = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  private int cp(int charIndex) {
    return codePoints.offset(charIndex);
  }

  private void decimal(Node subject, String property, BigDecimal value) {
    if (value != null) {
      add(subject, property, NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    }
  }

  private void add(Node s, String p, Node o) {
    out.quad(org.apache.jena.sparql.core.Quad.create(graph, s, uri(p), o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }
}
