package org.w3id.crlm.kb;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.impl.TransactionHandlerBase;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The knowledge base's graphs in memory with the stored documents' graphs linked from the
 * annotation index (TDB2) beside them. Every transaction on it is also a read transaction on the
 * index, in which the linked graphs are read; writes (an upload) go to graphs in memory, and the
 * index takes the document's file at the next start.
 */
final class IndexedDatasetGraph extends DatasetGraphWrapper {
  private final DatasetGraph index;
  /**
   * Whether this thread's transaction on the index was begun here: two datasets over one store
   * (two views, or a built and an opened knowledge base) share its index, and a transaction on
   * one inside a transaction on the other reads in the outer one's.
   */
  private final ThreadLocal<Boolean> begunHere = ThreadLocal.withInitial(() -> false);

  IndexedDatasetGraph(DatasetGraph memory, DatasetGraph index) {
    super(memory);
    this.index = index;
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
    return new GraphWrapper(indexed) {
      @Override
      public TransactionHandler getTransactionHandler() {
        return NO_TRANSACTIONS;
      }
    };
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
