package org.w3id.crlm.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.ingest.IngestResult;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.IngestVocabulary;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;
import org.w3id.crlm.ontology.Crlm;
import spark.Request;
import spark.Response;

/**
 * {@code POST /api/documents?name=FILE.txt[&replace=true]} with the server's token: ingests the
 * request body as a document, as {@code crlm ingest} does, into the uploads' own namespace
 * (graph {@code .../graph/annotations/upload/ID}), so that no upload can touch a corpus
 * document's graph, and swaps its graph into the served dataset in one write transaction, so a
 * query sees the old graph or the new one, never a mix. Two file names that make the same
 * identifier never share it silently: the second is refused (409), as is a new upload of the
 * same name unless it says replace=true. The body is read before the upload takes its turn, and
 * uploads are ingested one at a time; another arriving meanwhile is a 503 with Retry-After. An
 * upload stopped at its deadline has written nothing.
 */
final class DocumentUpload {
  private static final int MAX_NAME_LENGTH = 200;
  private static final Node FILE_NAME = Crlm.FILE_NAME.node();

  private final IngestService service;
  private final Dataset dataset;
  private final DocumentReader reader;
  private final long maxBytes;
  private final WriteAccess access;
  private final Capacity capacity = new Capacity("ingesting a document", 1);

  DocumentUpload(IngestService service, Dataset dataset, long maxBytes, WriteAccess access) {
    this.service = service;
    this.dataset = dataset;
    this.maxBytes = maxBytes;
    this.access = access;
    this.reader = new DocumentReader(maxBytes);
  }

  @SuppressWarnings("try") // a permit or a hook held for the scope of the try, never read
  Object handle(Request request, Response response) {
    access.authorize(request);
    Map<String, List<String>> params = QueryParameters.of(request);
    String name = QueryParameters.single(params, "name");
    if (name == null) {
      throw new HttpError(400, "Give the document's file name: POST /api/documents?name=case-report.txt with the text as the body.");
    }
    checkName(name);
    boolean replace = QueryParameters.flag(params, "replace");
    String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.startsWith("text/markdown")
        && !type.startsWith("application/octet-stream")) {
      throw new HttpError(415, "Content-Type %s is not accepted: send the document as text/plain or text/markdown (UTF-8).".formatted(type));
    }
    Deadline deadline = RequestContext.of(request).deadline();
    byte[] body = RequestBody.read(request, maxBytes);
    TextDocument read = reader.decode(name, body);
    TextDocument document = new TextDocument(IngestVocabulary.uploadId(read.id()), read.fileName(), read.text(), read.sha256(),
        read.mediaType());
    String graph = IngestVocabulary.graph(document.id());
    boolean replaced;
    IngestResult result;
    try (Capacity.Permit permit = capacity.acquire()) {
      Optional<String> existing = storedName(document);
      if (existing.isPresent() && !existing.get().equals(name)) {
        throw new HttpError(409, ("The name '%s' makes the document identifier '%s', which the upload '%s' already has."
            + " Rename the file so that its letters and digits differ.").formatted(name, read.id(), existing.get()));
      }
      if (existing.isPresent() && !replace) {
        throw new HttpError(409, ("A document named '%s' was uploaded before (graph %s). Send it with ?replace=true to"
            + " replace it, or choose another name.").formatted(name, graph));
      }
      replaced = existing.isPresent();
      result = service.ingest(document, () -> deadline.check("ingesting " + name));
      Txn.executeWrite(dataset, () -> {
        dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(result.graph()));
        service.store().loadInto(result.file(), dataset);
      });
    }
    response.status(replaced ? 200 : 201);
    response.type("application/json; charset=utf-8");
    response.header("Location", "/sparql?query=" + URLEncoder.encode(
        "SELECT * WHERE { GRAPH <" + result.graph() + "> { ?s ?p ?o } } LIMIT 100", StandardCharsets.UTF_8));
    return JSON.toStringFlat(json(result, replaced)) + "\n";
  }

  /** The file name an earlier upload with the same identifier was stored under. */
  private Optional<String> storedName(TextDocument document) {
    Node graph = NodeFactory.createURI(IngestVocabulary.graph(document.id()));
    Node iri = NodeFactory.createURI(IngestVocabulary.document(document.id()));
    return Txn.calculateRead(dataset, () -> {
      var quads = dataset.asDatasetGraph().find(graph, iri, FILE_NAME, Node.ANY);
      return quads.hasNext() ? Optional.of(quads.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
    });
  }

  /** A plain file name: no path, no control character, not hidden, not too long. */
  private static void checkName(String name) {
    String problem = name.length() > MAX_NAME_LENGTH ? "is longer than %d characters".formatted(MAX_NAME_LENGTH)
        : name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? "holds a control character (a line break, a tab)"
        : name.contains("/") || name.contains("\\") ? "holds a path separator"
        : name.startsWith(".") ? "starts with a dot" : null;
    if (problem != null) {
      throw new HttpError(400, "The name '%s' %s. Give a plain file name, such as case-report.txt."
          .formatted(printable(name), problem));
    }
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(MAX_NAME_LENGTH).forEach(c -> out.append(c < 0x20 || c == 0x7f ? "\\u%04x".formatted(c) : Character.toString(c)));
    return out.toString();
  }

  private static JsonObject json(IngestResult result, boolean replaced) {
    JsonObject json = new JsonObject();
    json.put("document", result.fileName());
    json.put("graph", result.graph());
    json.put("replaced", replaced);
    json.put("sentences", result.sentences());
    JsonObject mentions = new JsonObject();
    result.mentions().forEach((category, count) -> mentions.put(category.label(), count));
    json.put("mentions", mentions);
    json.put("numericClaims", result.claims());
    json.put("suggestions", result.suggestions());
    json.put("relations", result.relations());
    JsonArray warnings = new JsonArray();
    result.warnings().forEach(warnings::add);
    json.put("warnings", warnings);
    return json;
  }
}
