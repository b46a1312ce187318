package org.w3id.crlm.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ontology.Crlm;

/**
 * SPARQL function {@code crlm:quote(document, start, end)}: the span of a document between two
 * code-point offsets, read when the query runs, with line breaks and end-of-line hyphenation of
 * the extracted text undone. The knowledge base stores only offsets. The document is a corpus file
 * name ({@code crlm:fileName}), or a document IRI: an ingested document that is not in the corpus
 * is read from the annotation store's copy of it ({@code crlm:storedCopy}).
 */
public final class QuoteFunction extends FunctionBase3 {
  public static final String IRI = Crlm.QUOTE_FUNCTION;
  private static final Node FILE_NAME = Crlm.FILE_NAME.node();
  private static final Node STORED_COPY = Crlm.STORED_COPY.node();

  private final Corpus corpus;
  private final Path store;
  private final Map<Path, String> copies;

  private QuoteFunction(Corpus corpus, Path store, Map<Path, String> copies) {
    this.corpus = corpus;
    this.store = store;
    this.copies = copies;
  }

  /**
   * Makes {@code crlm:quote} available to every query of this JVM, reading from {@code corpus}
   * and, for ingested documents outside it, from the annotation store at {@code store} (or null).
   */
  public static void register(Corpus corpus, Path store) {
    Map<Path, String> copies = new ConcurrentHashMap<>();
    FunctionRegistry.get().put(IRI, uri -> new QuoteFunction(corpus, store, copies));
  }

  @Override
  protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
    if (args.size() != 3) {
      throw new ExprEvalException("crlm:quote takes three arguments: a document (file name or IRI), start and end.");
    }
    return quote(args.get(0), args.get(1), args.get(2), env == null ? null : env.getDataset());
  }

  @Override
  public NodeValue exec(NodeValue document, NodeValue start, NodeValue end) {
    return quote(document, start, end, null);
  }

  private NodeValue quote(NodeValue document, NodeValue start, NodeValue end, DatasetGraph dataset) {
    try {
      int from = start.getInteger().intValueExact();
      int to = end.getInteger().intValueExact();
      if (document.isIRI()) {
        Node iri = document.asNode();
        String copy = objectString(dataset, iri, STORED_COPY);
        if (copy != null && store != null) {
          return NodeValue.makeString(readable(Corpus.span(storedText(copy), iri.getURI(), from, to)));
        }
        String fileName = objectString(dataset, iri, FILE_NAME);
        if (fileName == null) {
          throw new CrlmException("%s is not a document the knowledge base knows (no crlm:fileName).".formatted(iri.getURI()));
        }
        return NodeValue.makeString(readable(corpus.span(fileName, from, to)));
      }
      return NodeValue.makeString(readable(corpus.span(document.getString(), from, to)));
    } catch (CrlmException | ArithmeticException e) {
      throw new ExprEvalException("crlm:quote: " + e.getMessage());
    }
  }

  private static String objectString(DatasetGraph dataset, Node subject, Node property) {
    if (dataset == null) {
      return null;
    }
    var found = dataset.find(Node.ANY, subject, property, Node.ANY);
    return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
  }

  private String storedText(String copy) {
    Path file = store.resolve(copy).normalize();
    if (!file.startsWith(store.normalize())) {
      throw new CrlmException("Stored copy %s is outside the annotation store.".formatted(copy));
    }
    return copies.computeIfAbsent(file, f -> {
      try {
        return Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CrlmException("Cannot read the stored copy %s: %s. Ingest the document again.".formatted(f, e.getMessage()));
      }
    });
  }

  /** A span as a reader should see it: line breaks and end-of-line hyphenation of the extracted text undone. */
  public static String readable(String span) {
    return span.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").strip();
  }
}
