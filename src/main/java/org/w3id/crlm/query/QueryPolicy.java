package org.w3id.crlm.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.query.bounded.BoundedExpressions;

/**
 * What a query may make the process do besides reading the dataset. A served query may not reach
 * out: SERVICE is refused unless its endpoint is on an allow-list given at start (Fuseki follows
 * SERVICE by default; this is stricter), and functions and property functions are only those
 * registered, never classes loaded by a {@code java:} IRI. Every query, served or not, matches
 * regular expressions in a way its time limit can stop.
 */
public final class QueryPolicy {
  private static final String ARQ_FUNCTION_NS = "http://jena.apache.org/ARQ/function#";
  /** Jena's afn: functions that compute a value from their arguments and nothing else. */
  private static final List<String> ARQ_FUNCTIONS = List.of("localname", "namespace", "sqrt", "pi", "e", "min", "max",
      "sha1sum", "substr", "substring", "strlen", "bnode", "langeq", "evenInteger", "uuid", "struuid", "timezone", "now",
      "nowtz", "date", "version");
  private static final FunctionRegistry FUNCTIONS = closedFunctions();
  private static final PropertyFunctionRegistry PROPERTY_FUNCTIONS = closedPropertyFunctions();

  private static final String JAVA_SCHEME = "java:";

  private final boolean anyService;
  private final Set<String> allowedServices;

  private QueryPolicy(boolean anyService, Set<String> allowedServices) {
    this.anyService = anyService;
    this.allowedServices = Set.copyOf(allowedServices);
  }

  /** For the command line: the user's own queries on the user's machine may call any SERVICE. */
  public static QueryPolicy local() {
    return new QueryPolicy(true, Set.of());
  }

  /** For the server: SERVICE only to these endpoints (none by default). */
  public static QueryPolicy served(Set<String> allowedServices) {
    return new QueryPolicy(false, new LinkedHashSet<>(allowedServices));
  }

  public Set<String> allowedServices() {
    return allowedServices;
  }

  /**
   * Refuses a query this policy does not run, before it runs: a SERVICE to an endpoint not on the
   * allow-list, or to a variable endpoint (which no list can vouch for); a function named by a
   * {@code java:} IRI.
   */
  public void check(Query query) {
    List<String> refused = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    Op op = Algebra.compile(query);
    Transformer.transform(new TransformCopy() {
      @Override
      public Op transform(OpService service, Op sub) {
        Node endpoint = service.getService();
        if (!anyService && (!endpoint.isURI() || !allowedServices.contains(endpoint.getURI()))) {
          refused.add(endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString());
        }
        return super.transform(service, sub);
      }
    }, new ExprTransformCopy() {
      @Override
      public Expr transform(ExprFunctionN function, ExprList args) {
        if (function instanceof E_Function call && call.getFunctionIRI().startsWith(JAVA_SCHEME)) {
          loaded.add("<" + call.getFunctionIRI() + ">");
        }
        return super.transform(function, args);
      }
    }, op);
    if (!loaded.isEmpty()) {
      throw new BadQueryException(("The function %s is refused: a java: IRI names a class to load, and only the functions of"
          + " SPARQL and of Jena's standard library are run.").formatted(String.join(", ", new TreeSet<>(loaded))), -1, -1);
    }
    if (!refused.isEmpty()) {
      throw new BadQueryException(("SERVICE %s is refused: this server does not send queries to other endpoints%s."
          + " Run the federated query from your own client, with this endpoint as one of its services.")
          .formatted(String.join(", ", new TreeSet<>(refused)), allowedServices.isEmpty() ? ""
              : " except " + String.join(", ", allowedServices.stream().map(s -> "<" + s + ">").toList())), -1, -1);
    }
  }

  /** Sets what an execution under this policy may do in its {@code context}, stopping by {@code deadline}. */
  void configure(Context context, Deadline deadline) {
    FunctionRegistry.set(context, FUNCTIONS);
    PropertyFunctionRegistry.set(context, PROPERTY_FUNCTIONS);
    RewriteFactory cancellableRegex = cxt -> {
      Rewrite standard = Optimize.stdOptimizationFactory.create(cxt);
      return op -> standard.rewrite(BoundedExpressions.apply(op));
    };
    context.set(ARQConstants.sysOptimizerFactory, cancellableRegex);
    context.set(Service.httpQueryTimeout, Math.max(1, deadline.remaining().toMillis()));
    if (anyService) {
      return;
    }
    context.set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
    // Checked again where a SERVICE is executed, whatever path led there.
    ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
    services.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
      Node endpoint = opExecute.getService();
      if (!endpoint.isURI() || !allowedServices.contains(endpoint.getURI())) {
        throw new BadQueryException("SERVICE %s is refused: it is not on this server's allow-list.".formatted(endpoint), -1, -1);
      }
      return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    });
    ServiceExecutorRegistry.set(context, services);
  }

  /**
   * The functions a query may call: the standard ones, with their bounded forms where they match
   * regular expressions or make strings; the ARQ functions a query may load by an afn: IRI that
   * neither wait nor print nor read the server's settings; and no class loaded by IRI otherwise.
   * Left out: fn:apply (it calls a function by its IRI, past this list) and the composite-datatype
   * functions of cdt: (a list that doubles at each step, as strings would).
   */
  private static FunctionRegistry closedFunctions() {
    FunctionRegistry standard = FunctionRegistry.get();
    FunctionRegistry closed = new FunctionRegistry() {
      @Override
      public FunctionFactory getFunctionFactory(String uri) {
        return isRegistered(uri) ? super.getFunctionFactory(uri) : null;
      }
    };
    for (Iterator<String> uris = standard.keys(); uris.hasNext(); ) {
      String uri = uris.next();
      if (!uri.equals("http://www.w3.org/2005/xpath-functions#apply") && !uri.startsWith("http://w3id.org/awslabs/neptune/SPARQL-CDTs/")) {
        closed.put(uri, standard.getFunctionFactory(uri));
      }
    }
    for (String name : ARQ_FUNCTIONS) {
      FunctionFactory factory = standard.getFunctionFactory(ARQ_FUNCTION_NS + name);
      if (factory != null) {
        closed.put(ARQ_FUNCTION_NS + name, factory);
      }
    }
    BoundedExpressions.replaceFunctions(closed);
    return closed;
  }

  /**
   * The standard property functions (list:member, list:index, list:length, rdfs:member), and none
   * loaded by IRI: apf:strSplit, for one, splits by a regular expression that nothing can stop.
   */
  private static PropertyFunctionRegistry closedPropertyFunctions() {
    PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
    PropertyFunctionRegistry closed = new PropertyFunctionRegistry() {
      @Override
      public boolean manages(String uri) {
        return isRegistered(uri);
      }

      @Override
      public PropertyFunctionFactory get(String uri) {
        return isRegistered(uri) ? super.get(uri) : null;
      }
    };
    for (Iterator<String> uris = standard.keys(); uris.hasNext(); ) {
      String uri = uris.next();
      if (standard.isRegistered(uri)) {
        closed.put(uri, standard.get(uri));
      }
    }
    return closed;
  }
}
