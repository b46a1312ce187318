package org.w3id.crlm.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.ingest.IngestVocabulary;

/**
 * The annotation store's graphs in a TDB2 database under {@code index/}: on disk, so that
 * opening a store of any size costs neither time nor heap in proportion to it. The annotation
 * files stay the store's record (crash-safe, one per document); the index follows them: at
 * opening, a file that is new or whose size or modification time changed is read into its graph,
 * and the graph of a file that is gone is dropped. A manifest graph keeps each file's stamp.
 *
 * <p>TDB2 lets one process open a database: a second process (a command while the server runs)
 * gets no index and reads the files instead.
 */
public final class AnnotationIndex {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationIndex.class);
  private static final Node MANIFEST = NodeFactory.createURI("urn:crlm:annotation-index:manifest");
  private static final Node STAMP = NodeFactory.createURI("urn:crlm:annotation-index:stamp");
  private static final Node GRAPH = NodeFactory.createURI("urn:crlm:annotation-index:graph");
  private static final String FILE_NS = "urn:crlm:annotation-index:file:";
  /** Databases opened by this process, by directory: TDB2 allows one connection per database and process. */
  private static final Map<Path, DatasetGraph> OPEN = new HashMap<>();

  private final AnnotationStore store;
  private final DatasetGraph database;

  private AnnotationIndex(AnnotationStore store, DatasetGraph database) {
    this.store = store;
    this.database = database;
  }

  /**
   * The index of {@code store}, brought up to date with its files; null when another process has
   * it open (the caller then reads the files).
   */
  public static AnnotationIndex open(AnnotationStore store) {
    Path location = store.directory().resolve("index");
    DatasetGraph database;
    synchronized (OPEN) {
      database = OPEN.get(location);
      if (database == null) {
        try {
          Files.createDirectories(location);
          database = TDB2Factory.connectDataset(location.toString()).asDatasetGraph();
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot create the annotation index " + location, e);
        } catch (RuntimeException e) {
          LOG.info("The annotation index {} is open in another process ({}); the annotation files are read instead.", location,
              e.getMessage());
          return null;
        }
        OPEN.put(location, database);
      }
    }
    AnnotationIndex index = new AnnotationIndex(store, database);
    index.sync();
    return index;
  }

  /** The transactional database: a reader of the graphs holds a read transaction on it. */
  public DatasetGraph database() {
    return database;
  }

  /** The indexed graphs by name (each document's annotation graph), in the order of the store's files. */
  public Map<Node, Graph> graphs() {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    Txn.executeRead(database, () -> {
      for (Path file : store.annotationFiles()) {
        Node name = NodeFactory.createURI(IngestVocabulary.graph(store.documentIdOf(file)));
        if (database.containsGraph(name)) {
          graphs.put(name, database.getGraph(name));
        }
      }
    });
    return graphs;
  }

  /** Reads new and changed files into their graphs and drops the graphs of files that are gone. */
  private void sync() {
    long start = System.nanoTime();
    List<Path> files = store.annotationFiles();
    Map<Node, String> wanted = new LinkedHashMap<>();
    Map<Node, Path> byKey = new HashMap<>();
    for (Path file : files) {
      Node key = NodeFactory.createURI(FILE_NS + store.directory().relativize(file).toString().replace('\\', '/'));
      wanted.put(key, stamp(file));
      byKey.put(key, file);
    }
    int[] changed = {0, 0};
    Txn.executeWrite(database, () -> {
      Graph manifest = database.getGraph(MANIFEST);
      List<Node> gone = new ArrayList<>();
      manifest.find(Node.ANY, STAMP, Node.ANY).forEachRemaining(t -> {
        if (!wanted.containsKey(t.getSubject())) {
          gone.add(t.getSubject());
        }
      });
      for (Node key : gone) {
        drop(manifest, key);
        changed[1]++;
      }
      for (Map.Entry<Node, String> e : wanted.entrySet()) {
        if (manifest.contains(e.getKey(), STAMP, NodeFactory.createLiteralString(e.getValue()))) {
          continue;
        }
        drop(manifest, e.getKey());
        Path file = byKey.get(e.getKey());
        Node graph = NodeFactory.createURI(IngestVocabulary.graph(store.documentIdOf(file)));
        store.loadInto(file, DatasetFactory.wrap(database));
        manifest.add(Triple.create(e.getKey(), STAMP, NodeFactory.createLiteralString(e.getValue())));
        manifest.add(Triple.create(e.getKey(), GRAPH, graph));
        changed[0]++;
      }
    });
    if (changed[0] + changed[1] > 0) {
      LOG.info("Annotation index {}: {} file(s) read, {} dropped, in {} ms", store.directory().resolve("index"), changed[0],
          changed[1], (System.nanoTime() - start) / 1_000_000);
    }
  }

  private void drop(Graph manifest, Node key) {
    manifest.find(key, GRAPH, Node.ANY).toList().forEach(t -> database.deleteAny(t.getObject(), Node.ANY, Node.ANY, Node.ANY));
    manifest.remove(key, Node.ANY, Node.ANY);
  }

  private static String stamp(Path file) {
    try {
      return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
