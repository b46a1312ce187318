package org.w3id.crlm.kb;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.impl.TransactionHandlerBase;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.PatternMatchTDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The knowledge base's graphs in memory with the stored documents' graphs linked from the
 * annotation index (TDB2) beside them. Every transaction on it is also a read transaction on the
 * index, in which the linked graphs are read; writes (an upload) go to graphs in memory, and the
 * index takes the document's file at the next start. A query runs on this dataset itself (a view,
 * which ARQ does not unwrap), so that {@code GRAPH ?g} is matched by {@link QuadPatternExecutor}.
 */
final class IndexedDatasetGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
  private final DatasetGraph index;
  /**
   * Whether this thread's transaction on the index was begun here: two datasets over one store
   * (two views, or a built and an opened knowledge base) share its index, and a transaction on
   * one inside a transaction on the other reads in the outer one's.
   */
  private final ThreadLocal<Boolean> begunHere = ThreadLocal.withInitial(() -> false);

  private final Context context;
  /** What {@link #matchLinked} lets through; forgotten when graphs are added or removed. */
  private volatile Set<NodeId> linkedIds;

  IndexedDatasetGraph(DatasetGraph memory, DatasetGraph index) {
    super(memory);
    this.index = index;
    this.context = memory.getContext().copy();
    QC.setFactory(context, QuadPatternExecutor.FACTORY);
  }

  /** The dataset's context, with the executor that matches {@code GRAPH ?g} patterns as quads. */
  @Override
  public Context getContext() {
    return context;
  }

  /**
   * Quads of every named graph: those of the graphs in memory graph by graph, those of the
   * linked graphs with one lookup in the index (which also holds its manifest and graphs the
   * dataset may not link, hence the filter). Any other graph position is the wrapped dataset's.
   */
  @Override
  public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
    if (g != null && g != Node.ANY) {
      return super.findNG(g, s, p, o);
    }
    DatasetGraph memory = getR();
    Iterator<Quad> linked = Iter.filter(index.findNG(Node.ANY, s, p, o), quad -> linkedIn(memory, quad.getGraph()));
    return Iter.concat(findInMemoryNG(g, s, p, o), linked);
  }

  /** Quads of the named graphs held in memory, the linked ones left out. */
  Iterator<Quad> findInMemoryNG(Node g, Node s, Node p, Node o) {
    DatasetGraph memory = getR();
    if (g != null && g != Node.ANY) {
      return memory.containsGraph(g) && !linkedIn(memory, g) ? memory.findNG(g, s, p, o) : Iter.nullIterator();
    }
    return Iter.flatMap(Iter.filter(memory.listGraphNodes(), name -> !linkedIn(memory, name)),
        name -> Iter.map(memory.getGraph(name).find(s, p, o), t -> Quad.create(name, t)));
  }

  /**
   * Solutions of a quad pattern over the linked graphs, matched by TDB2 on its node ids (as
   * Fuseki would), only quads of graphs this dataset links let through.
   */
  QueryIterator matchLinked(Var graph, BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(index);
    Set<NodeId> allowed = linkedIds(tdb);
    return PatternMatchTDB2.execute(tdb, graph, pattern, input, quad -> allowed.contains(quad.get(0)), execCxt);
  }

  /** The node ids of the linked graphs' names, found once after each change to the dataset. */
  private Set<NodeId> linkedIds(DatasetGraphTDB tdb) {
    Set<NodeId> ids = linkedIds;
    if (ids == null) {
      DatasetGraph memory = getR();
      Set<NodeId> found = new HashSet<>();
      memory.listGraphNodes().forEachRemaining(name -> {
        if (linkedIn(memory, name)) {
          NodeId id = tdb.getQuadTable().getNodeTupleTable().getNodeTable().getNodeIdForNode(name);
          if (!NodeId.isDoesNotExist(id)) {
            found.add(id);
          }
        }
      });
      ids = Set.copyOf(found);
      linkedIds = ids;
    }
    return ids;
  }

  @Override
  public void addGraph(Node graphName, Graph graph) {
    linkedIds = null;
    super.addGraph(graphName, graph);
  }

  @Override
  public void removeGraph(Node graphName) {
    linkedIds = null;
    super.removeGraph(graphName);
  }

  private static boolean linkedIn(DatasetGraph memory, Node name) {
    return memory.containsGraph(name) && memory.getGraph(name) instanceof IndexGraph;
  }

  /** The indexed dataset under wrappers (a query execution's own), or null if there is none. */
  static IndexedDatasetGraph in(DatasetGraph dataset) {
    DatasetGraph unwrapped = dataset;
    while (!(unwrapped instanceof IndexedDatasetGraph) && unwrapped instanceof DatasetGraphWrapper wrapper) {
      unwrapped = wrapper.getWrapped();
    }
    return unwrapped instanceof IndexedDatasetGraph indexed ? indexed : null;
  }

  /** A view over the same graphs ({@link GraphSelection}) reads them under the same index transaction. */
  static DatasetGraph sameIndex(DatasetGraph source, DatasetGraph view) {
    return source instanceof IndexedDatasetGraph indexed ? new IndexedDatasetGraph(view, indexed.index) : view;
  }

  /**
   * An index graph as the dataset links it: without a transaction handler of its own, since its
   * transaction is the dataset's (a graph's handler would begin a write transaction per query).
   */
  static Graph linked(Graph indexed) {
    return new IndexGraph(indexed);
  }

  private static final class IndexGraph extends GraphWrapper {
    IndexGraph(Graph indexed) {
      super(indexed);
    }

    @Override
    public TransactionHandler getTransactionHandler() {
      return NO_TRANSACTIONS;
    }
  }

  private static final TransactionHandler NO_TRANSACTIONS = new TransactionHandlerBase() {
    @Override
    public boolean transactionsSupported() {
      return false;
    }

    @Override
    public void begin() {
      throw new UnsupportedOperationException("The dataset's transaction covers this graph");
    }

    @Override
    public void abort() {
      throw new UnsupportedOperationException("The dataset's transaction covers this graph");
    }

    @Override
    public void commit() {
      throw new UnsupportedOperationException("The dataset's transaction covers this graph");
    }
  };

  @Override
  public void begin(TxnType type) {
    boolean begin = !index.isInTransaction();
    if (begin) {
      index.begin(TxnType.READ);
      begunHere.set(true);
    }
    try {
      super.begin(type);
    } catch (RuntimeException e) {
      endIndex();
      throw e;
    }
  }

  @Override
  public void begin(ReadWrite mode) {
    begin(TxnType.convert(mode));
  }

  @Override
  public void commit() {
    super.commit();
    endIndex();
  }

  @Override
  public void abort() {
    super.abort();
    endIndex();
  }

  @Override
  public void end() {
    super.end();
    endIndex();
  }

  private void endIndex() {
    if (begunHere.get()) {
      begunHere.set(false);
      index.end();
    }
  }
}
