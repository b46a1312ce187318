package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.text.CodePoints;
import org.w3id.crlm.ingest.text.SentenceSegmenter;
import org.w3id.crlm.ingest.text.Span;
import org.w3id.crlm.ontology.AssertedGraphReader;
import org.w3id.crlm.ontology.OntologyFiles;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Every curated fact's locator starts where an ingest sentence starts and ends where one ends
 * (it may cover several sentences), so what the build cites and what ingest annotates line up.
 */
class SentenceAgreementTest {
  private static final String LOCATORS = """
      SELECT DISTINCT ?file ?start ?end WHERE {
        ?item crlm:hasLocator ?l ; prov:wasDerivedFrom/crlm:fileName ?file .
        ?l oa:start ?start ; oa:end ?end .
      } ORDER BY ?file ?start
      """;

  @Test
  void everyCuratedLocatorIsOnSentenceBoundaries() {
    var graph = AssertedGraphReader.read(OntologyFiles.in(TestKnowledgeBase.ontologyDirectory()).all()).graph();
    Corpus corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());
    SentenceSegmenter segmenter = new SentenceSegmenter();
    Map<String, Set<Integer>> starts = new HashMap<>();
    Map<String, Set<Integer>> ends = new HashMap<>();
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph))
        .query(SparqlQueries.parse(LOCATORS)).build()) {
      for (var rows = qe.execSelect(); rows.hasNext(); ) {
        QuerySolution row = rows.next();
        String file = row.getLiteral("file").getString();
        if (!starts.containsKey(file)) {
          String text = corpus.text(file);
          CodePoints cp = CodePoints.of(text);
          Set<Integer> s = new HashSet<>();
          Set<Integer> e = new HashSet<>();
          for (Span sentence : segmenter.sentences(text)) {
            s.add(cp.offset(sentence.start()));
            e.add(cp.offset(sentence.end()));
          }
          starts.put(file, s);
          ends.put(file, e);
        }
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        checked++;
        if (!starts.get(file).contains(start) || !ends.get(file).contains(end)) {
          mismatches.add("%s %d-%d%s%s: %.60s".formatted(file, start, end,
              starts.get(file).contains(start) ? "" : " (start)", ends.get(file).contains(end) ? "" : " (end)",
              corpus.span(file, start, end).replace('\n', ' ')));
        }
      }
    }
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + checked + " locators cut a sentence");
  }
}
