package org.w3id.crlm.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;

/**
 * Snapshots of the reasoned knowledge base: reused while nothing it is built from changed,
 * rebuilt (and the reason said) when any input changed, and never left half-written.
 */
class SnapshotDirectoryTest {
  @TempDir Path work;
  private Path ontology;
  private Path corpus;
  private Path code;
  private Path store;
  private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void copyInputs() throws IOException {
    ontology = work.resolve("ontology");
    corpus = work.resolve("corpus");
    code = work.resolve("code");
    store = work.resolve("store");
    PathUtils.copyDirectory(TestKnowledgeBase.ontologyDirectory(), ontology);
    PathUtils.copyDirectory(TestKnowledgeBase.corpusDirectory(), corpus);
    Files.createDirectories(code);
    Files.writeString(code.resolve("Code.class"), "version 1");
  }

  private SnapshotDirectory snapshots() {
    return new SnapshotDirectory(store.resolve("snapshot"), notices::add, code);
  }

  private KnowledgeBaseBuilder builder() {
    return new KnowledgeBaseBuilder(ontology, corpus).withAnnotationStore(store);
  }

  @Test
  void aSnapshotIsReusedWhileNothingChangedAndHoldsWhatTheBuildMade() {
    KnowledgeBase built = snapshots().open(builder(), false);
    assertEquals(List.of("No snapshot of the knowledge base in " + store.resolve("snapshot")
        + ": building it (a few seconds; later commands open it)."), notices);
    assertTrue(built.timings().phases().containsKey("classification"));

    KnowledgeBase opened = snapshots().open(builder(), false);
    assertEquals(1, notices.size(), "opened, not built again: " + notices);
    assertEquals(List.of("digest", "snapshot", "annotation"), List.copyOf(opened.timings().phases().keySet()));
    assertEquals(built.assertedTriples(), opened.assertedTriples());
    assertEquals(built.inferredTriples(), opened.inferredTriples());
    DatasetGraph a = built.dataset().asDatasetGraph();
    DatasetGraph b = opened.dataset().asDatasetGraph();
    Txn.executeRead(built.dataset(), () -> Txn.executeRead(opened.dataset(), () -> {
      // The same graphs, as many quads in each, the same quads without blank nodes (whose labels a
      // reading renews; matching them up is a graph isomorphism, too slow for 150,000 quads).
      assertEquals(graphs(a), graphs(b));
      for (Node g : graphs(a)) {
        assertEquals(a.stream(g, null, null, null).count(), b.stream(g, null, null, null).count(), g::toString);
      }
      assertEquals(ground(a), ground(b));
    }));
    // The parts made on first use: the comparator's findings read back in order, and HermiT over the files.
    assertEquals(built.comparisons(), opened.comparisons());
    assertEquals(11, opened.comparisons().size());
    assertTrue(opened.reasoned().reasoner().isConsistent());
    assertEquals(built.dictionary().size(), opened.dictionary().size());
    assertEquals(Set.copyOf(built.dictionary().keys()), Set.copyOf(opened.dictionary().keys()));
  }

  @Test
  void everyKindOfInputRebuildsTheSnapshotAndTheNoticeSaysWhichChanged() throws IOException {
    SnapshotDirectory snapshots = snapshots();
    snapshots.open(builder(), false);
    String first = snapshots.digestOf(builder());
    String out = "The knowledge base snapshot in " + store.resolve("snapshot") + " is out of date (";

    Files.writeString(ontology.resolve("facts/therapy-response.ttl"), "\n# a curator's note\n", StandardOpenOption.APPEND);
    assertRebuilt(snapshots, out + "ontology file facts/therapy-response.ttl changed): rebuilding it.");

    Files.writeString(corpus.resolve("005_new.txt"), "A new document of the corpus. KRAS G12C was found.\n");
    assertRebuilt(snapshots, out + "corpus file 005_new.txt added): rebuilding it.");

    Files.writeString(code.resolve("Code.class"), "version 2");
    assertRebuilt(snapshots, out + "the code changed): rebuilding it.");

    Files.delete(corpus.resolve("005_new.txt"));
    assertRebuilt(snapshots, out + "corpus file 005_new.txt removed): rebuilding it.");

    // Three snapshots are kept, the most recent; the first one built is gone.
    assertEquals(3, snapshots.digests().size());
    assertFalse(snapshots.digests().contains(first));
  }

  @Test
  void anExtraOntologyFileIsAnInputToo() throws IOException {
    Path draft = work.resolve("draft.ttl");
    Files.writeString(draft, "@prefix crlm: <https://w3id.org/crlm/> .\n");
    String without = snapshots().digestOf(builder());
    String with = snapshots().digestOf(builder().withExtraFile(draft));
    assertNotEquals(without, with);
    Files.writeString(draft, "@prefix crlm: <https://w3id.org/crlm/> .\n# changed\n");
    assertNotEquals(with, snapshots().digestOf(builder().withExtraFile(draft)));
  }

  @Test
  void twoThreadsOpeningAtOnceBuildOnce() throws Exception {
    KnowledgeBase[] opened = new KnowledgeBase[2];
    Thread t1 = Thread.ofPlatform().start(() -> opened[0] = snapshots().open(builder(), false));
    Thread t2 = Thread.ofPlatform().start(() -> opened[1] = snapshots().open(builder(), false));
    t1.join();
    t2.join();
    assertEquals(1, notices.size(), notices::toString);
    assertEquals(opened[0].assertedTriples(), opened[1].assertedTriples());
  }

  @Test
  void aKilledBuildLeavesTheSnapshotBeforeItUsable() throws Exception {
    // The code this test runs from, as the child process below does, so that both use one snapshot.
    SnapshotDirectory snapshots = new SnapshotDirectory(store.resolve("snapshot"), notices::add);
    KnowledgeBase before = snapshots.open(builder(), false);
    long quads = Txn.calculateRead(before.dataset(), () -> before.dataset().asDatasetGraph().stream().count());

    // Another process rebuilds the same inputs and is killed halfway.
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.w3id.crlm.cli.Main", "build", "--rebuild",
        "--ontology", ontology.toString(), "--corpus", corpus.toString(), "--store", store.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("Rebuilding the knowledge base")) {
        // the child's log, up to the notice that it builds
      }
      assertTrue(line != null, "the child process said it rebuilds");
      Thread.sleep(1500);
      child.destroyForcibly();
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    notices.clear();
    KnowledgeBase after = snapshots.open(builder(), false);
    assertEquals(List.of(), notices, "opened without a rebuild");
    assertEquals(quads, Txn.calculateRead(after.dataset(), () -> after.dataset().asDatasetGraph().stream().count()));

    // The next build clears what the killed one left.
    snapshots.open(builder(), true);
    try (Stream<Path> listed = Files.list(store.resolve("snapshot"))) {
      assertEquals(List.of(), listed.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".building-")).toList());
    }
  }

  private static Set<Node> graphs(DatasetGraph dsg) {
    Set<Node> graphs = new HashSet<>();
    dsg.listGraphNodes().forEachRemaining(graphs::add);
    graphs.add(Quad.defaultGraphIRI);
    return graphs;
  }

  private static Set<Quad> ground(DatasetGraph dsg) {
    return dsg.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank())
        .map(q -> q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q).collect(Collectors.toSet());
  }

  private void assertRebuilt(SnapshotDirectory snapshots, String expectedNotice) {
    notices.clear();
    snapshots.open(builder(), false);
    assertEquals(List.of(expectedNotice), notices);
    notices.clear();
    snapshots.open(builder(), false);
    assertEquals(List.of(), notices, "the new snapshot is reused");
  }
}
