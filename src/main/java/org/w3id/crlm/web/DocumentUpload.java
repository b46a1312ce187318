package org.w3id.crlm.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.crlm.ingest.IngestResult;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.text.DocumentReader;
import spark.Request;
import spark.Response;

/**
 * {@code POST /api/documents?name=FILE.txt}: ingests the request body as a document, as
 * {@code crlm ingest} does, and swaps its annotation graph into the served dataset in one write
 * transaction, so a query sees the old graph or the new one, never a mix. Uploads are ingested
 * one at a time.
 */
final class DocumentUpload {
  private final IngestService service;
  private final Dataset dataset;
  private final DocumentReader reader;
  private final long maxBytes;

  DocumentUpload(IngestService service, Dataset dataset, long maxBytes) {
    this.service = service;
    this.dataset = dataset;
    this.maxBytes = maxBytes;
    this.reader = new DocumentReader(maxBytes);
  }

  synchronized Object handle(Request request, Response response) {
    String name = request.queryParams("name");
    if (name == null || name.isBlank()) {
      throw new HttpError(400, "Give the document's file name: POST /api/documents?name=case-report.txt with the text as the body.");
    }
    String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.startsWith("text/markdown")
        && !type.startsWith("application/octet-stream")) {
      throw new HttpError(415, "Content-Type %s is not accepted: send the document as text/plain or text/markdown (UTF-8).".formatted(type));
    }
    if (request.contentLength() > maxBytes) {
      // Read the body away first: a client still sending it would otherwise see a reset, not the 413.
      try {
        request.raw().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      } catch (java.io.IOException e) {
        // The client went away; the answer below is all that is left to give.
      }
      throw new HttpError(413, "The document is %d bytes, over the %d-byte limit for one document.".formatted(request.contentLength(), maxBytes));
    }
    byte[] body = request.bodyAsBytes();
    IngestResult result = service.ingest(reader.decode(name, body));
    Txn.executeWrite(dataset, () -> {
      dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(result.graph()));
      service.store().loadInto(result.file(), dataset);
    });
    response.status(201);
    response.type("application/json");
    response.header("Location", "/sparql?query=" + java.net.URLEncoder.encode(
        "SELECT * WHERE { GRAPH <" + result.graph() + "> { ?s ?p ?o } } LIMIT 100", java.nio.charset.StandardCharsets.UTF_8));
    return json(result);
  }

  private static String json(IngestResult r) {
    String mentions = r.mentions().entrySet().stream()
        .map(e -> "\"%s\": %d".formatted(e.getKey().label(), e.getValue()))
        .collect(Collectors.joining(", "));
    return """
        {"document": "%s", "graph": "%s", "sentences": %d, "mentions": {%s}, "numericClaims": %d, "suggestions": %d}
        """.formatted(escape(r.fileName()), r.graph(), r.sentences(), mentions, r.claims(), r.suggestions());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
