package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.query.SparqlQueries;

class IngestServiceTest {
  private static final String CASE = """
      Case report
      A woman with KRAS G12D rectal cancer received cetuximab, which was ineffective.
      Median overall survival was 23.5 months.
      """;
  private static final String G12D_WITH_ANTI_EGFR = """
      SELECT ?start ?end ?agent WHERE {
        GRAPH ?g {
          ?m1 oa:hasBody crlm:KRAS_G12D ; crlm:inSentence ?s .
          ?m2 oa:hasBody ?agent ; crlm:inSentence ?s .
          ?s oa:hasSelector [ oa:start ?start ; oa:end ?end ] .
        }
        ?agent rdf:type crlm:AntiEGFRAgent .
      }""";

  private static TextAnalyzer analyzer;
  @TempDir Path store;

  @BeforeAll
  static void analyzer() {
    var kb = TestKnowledgeBase.get();
    analyzer = new TextAnalyzer(kb.dictionary());
  }

  private IngestService service() {
    return new IngestService(analyzer, new AnnotationStore(store), TestKnowledgeBase.corpusDirectory(), "test");
  }

  private static Dataset load(Path file) {
    Dataset dataset = DatasetFactory.create();
    new AnnotationStore(file.getParent().getParent()).loadInto(file, dataset);
    return dataset;
  }

  private static List<String> rows(Dataset dataset, String query) {
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(SparqlQueries.parse(query)).build()) {
      var results = qe.execSelect();
      List<String> vars = results.getResultVars();
      List<String> rows = new java.util.ArrayList<>();
      results.forEachRemaining(row -> rows.add(String.join(" ",
          vars.stream().map(v -> row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm()
              : row.get(v).toString().replace(Crlm.NS, "crlm:")).toList())));
      return rows.stream().sorted().toList();
    }
  }

  @Test
  void writesTheDocumentsGraphWithSentencesMentionsClaimsAndSuggestions() {
    var result = service().ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    assertEquals("https://w3id.org/crlm/graph/annotations/case-x", result.graph());
    assertEquals(3, result.sentences());
    assertEquals(1, result.claims());
    assertEquals(1, result.suggestions());
    Dataset dataset = load(result.file());
    assertEquals(List.of("crlm:KRAS_G12D crlm:Unreviewed no-benefit crlm:cetuximab"), rows(dataset, """
        SELECT ?biomarker ?status ?relation ?therapy WHERE { GRAPH ?g {
          ?s a crlm:Suggestion ; crlm:suggestedBiomarker ?biomarker ; crlm:suggestedTherapy ?therapy ;
             crlm:suggestedRelation ?relation ; crlm:reviewStatus ?status } }"""));
    assertEquals(List.of("median 23.5 crlm:OverallSurvival"), rows(dataset, """
        SELECT ?kind ?value ?measure WHERE { GRAPH ?g {
          ?c a crlm:NumericClaim ; crlm:claimKind ?kind ; crlm:value ?value ; crlm:concernsMeasure ?measure } }"""));
  }

  @Test
  void findsTheSentenceOnlyWithTheReasonersHierarchy() {
    var result = service().ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    var kb = TestKnowledgeBase.get();
    Dataset withEntailments = DatasetFactory.create(kb.dataset().getDefaultModel());
    Dataset assertedOnly = DatasetFactory.create(kb.dataset().getNamedModel(Crlm.ASSERTED_GRAPH));
    Txn.executeRead(kb.dataset(), () -> {
      new AnnotationStore(store).loadInto(result.file(), withEntailments);
      new AnnotationStore(store).loadInto(result.file(), assertedOnly);
      assertEquals(List.of("12 91 crlm:cetuximab"), rows(withEntailments, G12D_WITH_ANTI_EGFR));
      assertEquals(List.of(), rows(assertedOnly, G12D_WITH_ANTI_EGFR));
    });
  }

  @Test
  void aMentionTargetsItsSpanByAFragmentOfTheDocumentIri() {
    var result = service().ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    assertEquals(List.of("crlm:doc/case-x#char=58,67 drug"), rows(load(result.file()), """
        SELECT ?target ?category WHERE { GRAPH ?g {
          ?m a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody crlm:cetuximab ;
             crlm:category ?category ; oa:hasTarget ?target } }"""));
  }

  @Test
  void crlmQuoteReadsAnIngestedDocumentFromTheStoresCopy() {
    var result = service().ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    org.w3id.crlm.corpus.QuoteFunction.register(
        org.w3id.crlm.corpus.Corpus.at(TestKnowledgeBase.corpusDirectory()), store.toAbsolutePath());
    assertEquals(List.of("A woman with KRAS G12D rectal cancer received cetuximab, which was ineffective."), rows(load(result.file()), """
        SELECT ?quote WHERE {
          GRAPH ?g { ?m oa:hasBody crlm:cetuximab ; crlm:inSentence ?s .
                     ?s oa:hasSource ?doc ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] }
          BIND (crlm:quote(?doc, ?start, ?end) AS ?quote) }"""));
  }

  @Test
  void aTnmCategoryOfAnotherStandardIsLinkedAsWrittenWithAWarning() {
    String text = "MRI staged the rectal tumour as cT3c N1 and the liver lesions as metastases.\n";
    var result = service().ingest(new DocumentReader(1 << 20).decode("mri.txt", text.getBytes()));
    assertEquals(List.of("characters 32-39: cT3c is not an AJCC 8th edition category: T3c comes from ESMO rectal cancer"
        + " guideline 2017. It is kept as written; the stage group is that of the AJCC category it subdivides, T3."), result.warnings());
    assertEquals(List.of("crlm:N1", "crlm:T3c"), rows(load(result.file()), """
        SELECT ?entity WHERE { GRAPH ?g { ?m crlm:category "stage" ; oa:hasBody ?entity } } ORDER BY ?entity"""));
    assertEquals(List.of(), service().ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes())).warnings());
  }

  @Test
  void reingestingReplacesTheGraphAndKeepsReviews() throws Exception {
    IngestService service = service();
    var first = service.ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    String reviewed = Files.readString(first.file()).replace(Crlm.NS + "Unreviewed", Crlm.NS + "Rejected");
    Files.writeString(first.file(), reviewed);
    var second = service.ingest(new DocumentReader(1 << 20).decode("case-x.txt", (CASE + "Cetuximab again.\n").getBytes()));
    assertEquals(first.file(), second.file());
    assertEquals(4, second.sentences());
    Dataset dataset = load(second.file());
    assertEquals(List.of("crlm:Rejected"), rows(dataset, "SELECT ?status WHERE { GRAPH ?g { ?s crlm:reviewStatus ?status } }"));
    assertEquals(List.of("4"), rows(dataset, "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a crlm:Sentence } }"));
  }

  @Test
  void aFailureHalfwayLeavesThePreviousAnnotationsIntact() throws Exception {
    IngestService service = service();
    var first = service.ingest(new DocumentReader(1 << 20).decode("case-x.txt", CASE.getBytes()));
    String before = Files.readString(first.file());
    AnnotationStore annotations = new AnnotationStore(store);
    assertThrows(IllegalStateException.class, () -> annotations.replace("case-x", out -> {
      out.quad(org.apache.jena.sparql.core.Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
          NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
      throw new IllegalStateException("disk full");
    }));
    assertEquals(before, Files.readString(first.file()));
    try (Stream<Path> files = Files.list(first.file().getParent())) {
      assertEquals(List.of("case-x.nt"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void badInputWritesNothing() {
    assertThrows(CrlmException.class, () -> service().ingest(new DocumentReader(1 << 20).decode("empty.txt", new byte[0])));
    assertEquals(List.of(), new AnnotationStore(store).documentIds());
  }
}
