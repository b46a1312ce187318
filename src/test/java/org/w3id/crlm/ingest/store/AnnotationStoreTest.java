package org.w3id.crlm.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
  private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/crlm/graph/annotations/doc-1");
  @TempDir Path directory;

  @Test
  void writesTheGraphAsNTriplesAndReadsItBackIntoItsNamedGraph() throws Exception {
    Graph expected = GraphFactory.createDefaultGraph();
    Node plain = NodeFactory.createURI("https://w3id.org/crlm/ingest/doc-1/mention/3-9");
    Node needsEscape = NodeFactory.createURI("urn:x:a>b");
    Node nonAscii = NodeFactory.createURI("https://example.org/caf\u00e9");
    Node blank = NodeFactory.createBlankNode();
    Node otherBlank = NodeFactory.createBlankNode();
    Node predicate = NodeFactory.createURI("https://w3id.org/crlm/p");
    expected.add(plain, predicate, needsEscape);
    expected.add(plain, predicate, nonAscii);
    expected.add(plain, predicate, blank);
    expected.add(blank, predicate, otherBlank);
    expected.add(otherBlank, predicate, NodeFactory.createLiteralString("a \"quoted\"\nline"));
    AnnotationStore store = new AnnotationStore(directory);

    Path file = store.replace("doc-1", out -> expected.find().forEachRemaining(t -> out.quad(Quad.create(GRAPH, t))));

    assertEquals("doc-1.nt", file.getFileName().toString());
    String text = Files.readString(file);
    assertTrue(text.matches("(?s).*<https://w3id.org/crlm/ingest/doc-1/mention/3-9> <https://w3id.org/crlm/p> _:b[12] \\.\n.*"), text);
    assertTrue(text.contains("<https://w3id.org/crlm/ingest/doc-1/mention/3-9> <https://w3id.org/crlm/p> <urn:x:a\\u003Eb> ."), text);
    assertEquals(5, text.lines().count());
    Dataset dataset = DatasetFactory.create();
    store.loadInto(file, dataset);
    assertTrue(dataset.asDatasetGraph().getGraph(GRAPH).isIsomorphicWith(expected));
    assertEquals(0, dataset.asDatasetGraph().getDefaultGraph().size());
  }

  @Test
  void readsAnEarlierVersionsNQuadsFileAndReplacesItAtTheNextWrite() throws Exception {
    Path legacy = directory.resolve("annotations/doc-1.nq");
    Files.createDirectories(legacy.getParent());
    Files.writeString(legacy, "<https://w3id.org/crlm/ingest/doc-1/suggestion/ab12> <https://w3id.org/crlm/reviewStatus> "
        + "<https://w3id.org/crlm/Accepted> <" + GRAPH.getURI() + "> .\n");
    AnnotationStore store = new AnnotationStore(directory);

    assertEquals(java.util.List.of("doc-1"), store.documentIds());
    assertEquals(java.util.Map.of("https://w3id.org/crlm/ingest/doc-1/suggestion/ab12", "https://w3id.org/crlm/Accepted"),
        store.reviews("doc-1"));
    Dataset dataset = DatasetFactory.create();
    store.loadInto(store.storedFile("doc-1"), dataset);
    assertEquals(1, dataset.asDatasetGraph().getGraph(GRAPH).size());

    store.replace("doc-1", out -> out.quad(Quad.create(GRAPH, NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
        NodeFactory.createURI("urn:o"))));
    assertEquals(java.util.List.of(directory.resolve("annotations/doc-1.nt")), store.annotationFiles());
  }

  @Test
  void theSweepRemovesLeftoversOfInterruptedWritesAndKeepsWhatAnnotationsReferTo() throws Exception {
    AnnotationStore store = new AnnotationStore(directory);
    String copy = store.storeText("ab12", "txt", "the text of an upload");
    Node document = NodeFactory.createURI("https://w3id.org/crlm/doc/upload/kept");
    Node upload = NodeFactory.createURI("https://w3id.org/crlm/graph/annotations/upload/kept");
    store.replace("upload/kept", out -> {
      out.quad(Quad.create(upload, document, NodeFactory.createURI("https://w3id.org/crlm/storedCopy"),
          NodeFactory.createLiteralString(copy)));
      out.quad(Quad.create(upload, document, NodeFactory.createURI("https://w3id.org/crlm/storedCopy2"),
          NodeFactory.createLiteralString("x")));
    });
    store.replace("lost", out -> out.quad(Quad.create(GRAPH, document, NodeFactory.createURI("https://w3id.org/crlm/storedCopy"),
        NodeFactory.createLiteralString("documents/gone.txt"))));
    Files.writeString(directory.resolve("documents/cd34.txt"), "an upload killed before its annotations");
    Files.writeString(directory.resolve("annotations/.kept.nt123.partial"), "<a> <b>");
    Files.writeString(directory.resolve("documents/.ef56.txt99.partial"), "half");

    AnnotationStore.SweepReport report = store.sweep();

    assertEquals(java.util.List.of("annotations/.kept.nt123.partial", "documents/.ef56.txt99.partial"),
        report.temporaryFiles().stream().sorted().toList());
    assertEquals(java.util.List.of("documents/cd34.txt"), report.orphanCopies());
    assertEquals(java.util.List.of("documents/gone.txt"), report.missingCopies());
    assertTrue(Files.exists(directory.resolve(copy)));
    assertEquals(java.util.List.of("lost", "upload/kept"), store.documentIds());
  }
}
