package org.w3id.crlm.ingest;

import java.util.List;
import org.w3id.crlm.ingest.claims.NumericClaimFinder;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.ingest.relate.RelationFinder;
import org.w3id.crlm.ingest.suggest.SuggestionFinder;
import org.w3id.crlm.ingest.text.SentenceSegmenter;
import org.w3id.crlm.ingest.text.TextDocument;

/** Runs the ingest steps on a document: sentences, mentions, numeric claims, suggestions, relations. */
public final class TextAnalyzer {
  private final SentenceSegmenter segmenter = new SentenceSegmenter();
  private final EntityMatcher matcher;
  private final NumericClaimFinder claims = new NumericClaimFinder();
  private final SuggestionFinder suggestions = new SuggestionFinder();
  private final RelationFinder relations;

  public TextAnalyzer(Dictionary dictionary) {
    this.matcher = new EntityMatcher(dictionary);
    this.relations = new RelationFinder(dictionary);
  }

  public DocumentAnalysis analyze(TextDocument document) {
    String text = document.text();
    var sentences = segmenter.sentences(text);
    var mentions = matcher.mentions(text, IngestVocabulary.document(document.id()));
    List<String> warnings = mentions.stream().flatMap(mention -> matcher.warnings(mention).stream()
        .map(warning -> "characters %d-%d: %s".formatted(mention.start(), mention.end(), warning))).toList();
    var figures = claims.find(text);
    return new DocumentAnalysis(document, sentences, mentions, figures,
        suggestions.find(text, sentences, mentions), relations.find(text, sentences, mentions, figures), warnings);
  }
}
