package org.w3id.crlm.kb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.Abortable;
import org.apache.jena.sparql.engine.iterator.QueryIterAbortable;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.solver.SolverLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * Runs {@code GRAPH ?g { ... }} in quad form over the dataset's named graphs, each triple pattern
 * one lookup across all graphs at once, as a quad store (TDB2, Fuseki) does. ARQ's general
 * executor instead runs the pattern in every named graph in turn; over thousands of stored
 * documents' graphs (the annotation index) that is thousands of lookups per solution where an
 * index over the graph position answers with one. Everything else is ARQ's own execution.
 */
final class QuadPatternExecutor extends OpExecutor {
  static final OpExecutorFactory FACTORY = QuadPatternExecutor::new;

  private QuadPatternExecutor(ExecutionContext execCxt) {
    super(execCxt);
  }

  /** {@code GRAPH ?g { ... }}: in quad form, each basic pattern inside it a quad pattern on {@code ?g}. */
  @Override
  protected QueryIterator execute(OpGraph opGraph, QueryIterator input) {
    if (Var.isVar(opGraph.getNode())) {
      return exec(Algebra.toQuadForm(opGraph), input);
    }
    return super.execute(opGraph, input);
  }

  @Override
  protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
    Node graph = quadPattern.getGraphNode();
    if (!Var.isVar(graph)) {
      return super.execute(quadPattern, input);
    }
    BasicPattern pattern = quadPattern.getBasicPattern();
    if (pattern.isEmpty() || !plain(pattern)) {
      return super.execute(new OpGraph(graph, new OpBGP(pattern)), input); // ARQ's, graph by graph
    }
    return match(Var.alloc(graph), pattern, input);
  }

  /**
   * The graph names an empty pattern inside {@code GRAPH ?g} stands for in quad form (ARQ's
   * general executor leaves this to the quad stores).
   */
  @Override
  protected QueryIterator execute(OpDatasetNames names, QueryIterator input) {
    Node graph = names.getGraphNode();
    DatasetGraph dataset = execCxt.getDataset();
    Iterator<Binding> named = Iter.flatMap(input, binding -> {
      Node bound = value(binding, graph);
      if (bound != Node.ANY) {
        return dataset.containsGraph(bound) ? Iter.singletonIterator(binding) : Iter.nullIterator();
      }
      return Iter.map(dataset.listGraphNodes(), name -> BindingFactory.binding(binding, Var.alloc(graph), name));
    });
    return QueryIterPlainWrapper.create(named, execCxt);
  }

  /** A pattern of terms and variables only: triple terms with variables inside are left to ARQ. */
  private static boolean plain(BasicPattern pattern) {
    return pattern.getList().stream()
        .allMatch(t -> plain(t.getSubject()) && plain(t.getPredicate()) && plain(t.getObject()));
  }

  private static boolean plain(Node node) {
    return Var.isVar(node) || (node.isConcrete() && !node.isTripleTerm());
  }

  private QueryIterator match(Var graph, BasicPattern pattern, QueryIterator input) {
    QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
    BasicPattern ordered = ordered(pattern, peek);
    List<Abortable> killList = new ArrayList<>();
    Iterator<Binding> matches;
    if (IndexedDatasetGraph.in(execCxt.getDataset()) instanceof IndexedDatasetGraph indexed) {
      // The graphs in memory matched here, the linked ones by TDB2's own matcher, on its node ids.
      matches = Iter.flatMap(peek, binding -> Iter.concat(
          match(Iter.singletonIterator(binding), indexed::findInMemoryNG, graph, ordered, killList),
          indexed.matchLinked(graph, ordered, QueryIterSingleton.create(binding, execCxt), execCxt)));
    } else {
      matches = match(peek, execCxt.getDataset()::findNG, graph, ordered, killList);
    }
    return new QueryIterAbortable(matches, killList, peek, execCxt);
  }

  /** Where quads are looked up: a graph position of any means every named graph the finder covers. */
  @FunctionalInterface
  interface QuadFinder {
    Iterator<Quad> find(Node g, Node s, Node p, Node o);
  }

  private Iterator<Binding> match(Iterator<Binding> input, QuadFinder finder, Var graph, BasicPattern ordered,
      List<Abortable> killList) {
    Iterator<Binding> chain = input;
    for (Triple triple : ordered) {
      chain = Iter.flatMap(chain, binding -> match(finder, binding, graph, triple));
      chain = SolverLib.makeAbortable(chain, killList, execCxt.getCancelSignal());
    }
    return chain;
  }

  /**
   * The pattern in the order ARQ's fixed reordering gives it (the one it applies to a graph in
   * memory), with the variables the first incoming solution binds counted as bound.
   */
  private static BasicPattern ordered(BasicPattern pattern, QueryIterPeek peek) {
    if (pattern.size() < 2 || !peek.hasNext()) {
      return pattern;
    }
    ReorderTransformation reorder = ReorderLib.fixed();
    ReorderProc proc = reorder.reorderIndexes(Substitute.substitute(pattern, peek.peek()));
    return proc.reorder(pattern);
  }

  private static Iterator<Binding> match(QuadFinder finder, Binding binding, Var graph, Triple pattern) {
    Node g = value(binding, graph);
    Node s = value(binding, pattern.getSubject());
    Node p = value(binding, pattern.getPredicate());
    Node o = value(binding, pattern.getObject());
    Iterator<Quad> quads = finder.find(g, s, p, o);
    return Iter.removeNulls(Iter.map(quads, quad -> bind(binding, quad, graph, pattern)));
  }

  /** The node to look up: the term, the variable's value in the solution, or any. */
  private static Node value(Binding binding, Node node) {
    if (!Var.isVar(node)) {
      return node;
    }
    Node bound = binding.get(Var.alloc(node));
    return bound == null ? Node.ANY : bound;
  }

  /** The solution extended with the quad, or null where a variable repeated in the pattern differs. */
  private static Binding bind(Binding binding, Quad quad, Var graph, Triple pattern) {
    BindingBuilder builder = Binding.builder(binding);
    boolean matches = slot(builder, graph, quad.getGraph())
        && slot(builder, pattern.getSubject(), quad.getSubject())
        && slot(builder, pattern.getPredicate(), quad.getPredicate())
        && slot(builder, pattern.getObject(), quad.getObject());
    return matches ? builder.build() : null;
  }

  private static boolean slot(BindingBuilder builder, Node patternNode, Node dataNode) {
    if (!Var.isVar(patternNode)) {
      return true;
    }
    Var var = Var.alloc(patternNode);
    Node bound = builder.get(var);
    if (bound != null) {
      return bound.sameTermAs(dataNode);
    }
    builder.add(var, dataNode);
    return true;
  }
}
