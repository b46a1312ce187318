package org.w3id.crlm.ingest.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.IngestVocabulary;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.query.SparqlQueries;

/**
 * Where ingest keeps its results: one N-Triples file per document under {@code annotations/}
 * (the triples of its named graph, streamed as they are made; the graph name follows from the
 * file name, so it is not repeated on every line, which made the files a third smaller), those
 * of documents uploaded to the server under {@code annotations/upload/}, and, for documents
 * outside the corpus, a copy of the text under {@code documents/}, named by its SHA-256 so that
 * a copy is never overwritten by other content. A document's annotations are replaced by
 * writing a new file beside the old one and renaming it over it: a failure halfway leaves the
 * previous file in place, and a temporary file or an unreferenced copy that {@link #sweep}
 * removes at the next start.
 */
public final class AnnotationStore {
  private static final Pattern SUGGESTION_IRI =
      Pattern.compile("^https://w3id\\.org/crlm/ingest/((?:" + IngestVocabulary.UPLOADS + ")?[^/]+)/(?:suggestion|relation)/[0-9a-f]+$");
  private static final String REVIEW_STATUS = Crlm.REVIEW_STATUS.iri();

  /** Large writes: a system call per few kilobytes was a measurable part of ingest time. */
  private static final int WRITE_BUFFER = 1 << 16;
  private static final String EXTENSION = ".nt";
  /** Earlier versions stored N-Quads; such files are still read, and replaced at the next ingest. */
  private static final String LEGACY_EXTENSION = ".nq";

  private final Path directory;

  public AnnotationStore(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  public Path directory() {
    return directory;
  }

  public Path annotationFile(String documentId) {
    return directory.resolve("annotations").resolve(documentId + EXTENSION);
  }

  /** The document's stored annotation file, N-Triples or an earlier version's N-Quads; null if there is none. */
  public Path storedFile(String documentId) {
    Path current = annotationFile(documentId);
    if (Files.exists(current)) {
      return current;
    }
    Path legacy = directory.resolve("annotations").resolve(documentId + LEGACY_EXTENSION);
    return Files.exists(legacy) ? legacy : null;
  }

  /** The stored annotation files, by document identifier: the corpus's and other ingested documents', then uploads'. */
  public List<Path> annotationFiles() {
    List<Path> files = new ArrayList<>();
    Path annotations = directory.resolve("annotations");
    for (Path dir : List.of(annotations, annotations.resolve(IngestVocabulary.UPLOADS))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(Files::isRegularFile).map(this::documentId).filter(java.util.Objects::nonNull).distinct().sorted()
            .map(this::storedFile).forEach(files::add);
      } catch (IOException e) {
        throw new CrlmException("Cannot list the annotation store %s: %s".formatted(dir, e.getMessage()));
      }
    }
    return files;
  }

  /** Keeps a copy of a document's text; returns its path relative to the store. */
  public String storeText(String sha256, String extension, String text) {
    String relative = "documents/" + sha256 + "." + extension;
    Path file = directory.resolve(relative);
    if (!Files.exists(file)) {
      writeAtomically(file, out -> {
        try {
          out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return relative;
  }

  /**
   * Replaces the document's annotations with what {@code writer} streams; the new file takes
   * the old one's place only once it is complete.
   */
  public Path replace(String documentId, Consumer<StreamRDF> writer) {
    Path target = annotationFile(documentId);
    writeAtomically(target, out -> {
      AWriter text = IO.wrapUTF8(out);
      StreamRDF triples = new WriterStreamRDFPlain(text, new NTriplesNodeFormatter());
      StreamRDF stream = new StreamRDFWrapper(triples) {
        @Override
        public void quad(Quad quad) {
          triples.triple(quad.asTriple());
        }
      };
      stream.start();
      writer.accept(stream);
      stream.finish();
      text.flush();
    });
    try {
      Files.deleteIfExists(directory.resolve("annotations").resolve(documentId + LEGACY_EXTENSION));
    } catch (IOException e) {
      // The new file is in place and is the one read; a leftover older file is ignored.
    }
    return target;
  }

  /** Loads a stored annotation file into its named graph of a dataset; a damaged file is an error naming it. */
  public void loadInto(Path file, Dataset dataset) {
    try {
      if (file.getFileName().toString().endsWith(LEGACY_EXTENSION)) {
        RDFDataMgr.read(dataset, file.toString(), Lang.NQUADS);
      } else {
        RDFDataMgr.read(dataset.getNamedModel(IngestVocabulary.graph(documentId(file))), file.toString(), Lang.NTRIPLES);
      }
    } catch (RiotException e) {
      throw new CrlmException("Annotation file %s cannot be read: %s. Ingest the document again to rewrite it."
          .formatted(file, e.getMessage()));
    }
  }

  /** The review status of each suggestion in the document's stored annotations. */
  public Map<String, String> reviews(String documentId) {
    Path file = storedFile(documentId);
    Map<String, String> reviews = new HashMap<>();
    if (file == null) {
      return reviews;
    }
    // Read as a stream, the review statuses picked out as they pass: no dataset or query engine
    // to start for one predicate (a single document's ingest was mostly that start).
    Node status = NodeFactory.createURI(REVIEW_STATUS);
    try {
      org.apache.jena.riot.RDFParser.source(file).lang(file.getFileName().toString().endsWith(LEGACY_EXTENSION) ? Lang.NQUADS : Lang.NTRIPLES)
          .parse(new org.apache.jena.riot.system.StreamRDFBase() {
        @Override
        public void triple(org.apache.jena.graph.Triple t) {
          if (t.getPredicate().equals(status) && t.getSubject().isURI() && t.getObject().isURI()) {
            reviews.put(t.getSubject().getURI(), t.getObject().getURI());
          }
        }

        @Override
        public void quad(Quad q) {
          triple(q.asTriple());
        }
      });
    } catch (RiotException e) {
      throw new CrlmException("Annotation file %s cannot be read: %s. Ingest the document again to rewrite it."
          .formatted(file, e.getMessage()));
    }
    return reviews;
  }

  private void writeAtomically(Path target, Consumer<OutputStream> content) {
    StoreLock.share(directory);
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), WRITE_BUFFER)) {
        content.accept(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | UncheckedIOException e) {
      throw new CrlmException("Cannot write %s: %s. The previous version is unchanged.".formatted(target, e.getMessage()));
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The partial file is hidden and named .partial; the next start's sweep removes it.
        }
      }
    }
  }

  /**
   * Sets the review status of a stored suggestion, rewriting its document's file atomically.
   *
   * @return the document identifier
   */
  public String review(String suggestionIri, String statusIri) {
    Matcher m = SUGGESTION_IRI.matcher(suggestionIri);
    if (!m.matches() || storedFile(m.group(1)) == null) {
      throw new CrlmException(("No stored suggestion %s. A suggestion IRI looks like https://w3id.org/crlm/ingest/DOC/suggestion/HEX (or .../relation/HEX);"
          + " list them with the query in the README (Reviewing suggestions), and ingest the document first if it is a corpus document.")
          .formatted(suggestionIri));
    }
    String documentId = m.group(1);
    Dataset dataset = DatasetFactory.create();
    loadInto(storedFile(documentId), dataset);
    Node subject = NodeFactory.createURI(suggestionIri);
    Node status = NodeFactory.createURI(REVIEW_STATUS);
    List<Quad> quads = new ArrayList<>();
    dataset.asDatasetGraph().find().forEachRemaining(quads::add);
    if (quads.stream().noneMatch(q -> q.getSubject().equals(subject) && q.getPredicate().equals(status))) {
      throw new CrlmException("%s is not a suggestion of document %s.".formatted(suggestionIri, documentId));
    }
    Node decision = NodeFactory.createURI(statusIri);
    replace(documentId, out -> quads.forEach(q -> out.quad(
        q.getSubject().equals(subject) && q.getPredicate().equals(status) ? Quad.create(q.getGraph(), subject, status, decision) : q)));
    return documentId;
  }

  /** The identifiers of the documents the store holds. */
  public List<String> documentIds() {
    List<String> ids = new ArrayList<>();
    for (Path file : annotationFiles()) {
      ids.add(documentId(file));
    }
    return ids;
  }

  /** The document identifier an annotation file of this store is named for (with the upload namespace for an upload's). */
  public String documentIdOf(Path file) {
    return documentId(file);
  }

  /** The document identifier an annotation file is named for (with the upload namespace for an upload's), or null for another file. */
  private String documentId(Path file) {
    String name = file.getFileName().toString();
    String namespace = file.toAbsolutePath().normalize().getParent()
        .equals(directory.resolve("annotations").resolve(IngestVocabulary.UPLOADS).normalize()) ? IngestVocabulary.UPLOADS : "";
    for (String extension : List.of(EXTENSION, LEGACY_EXTENSION)) {
      if (name.endsWith(extension) && !name.startsWith(".")) {
        return namespace + name.substring(0, name.length() - extension.length());
      }
    }
    return null;
  }

  /**
   * Removes what interrupted writes left behind: temporary files, and copies of texts that no
   * annotation file refers to (an upload stopped between its text and its annotations). Runs only
   * when no other process uses the store, so that nothing another process is writing is taken for
   * a leftover.
   *
   * @return what was removed, and the copies annotation files refer to that are missing; null
   *     when another process uses the store and nothing was looked at
   */
  public SweepReport sweep() {
    if (!Files.isDirectory(directory)) {
      return new SweepReport(List.of(), List.of(), List.of());
    }
    List<String> temporary = new ArrayList<>();
    List<String> orphans = new ArrayList<>();
    Set<String> referenced = new java.util.TreeSet<>();
    boolean swept = StoreLock.exclusively(directory, () -> {
      for (Path file : annotationFiles()) {
        storedCopy(file).ifPresent(referenced::add);
      }
      try (Stream<Path> all = Files.walk(directory)) {
        for (Path file : all.filter(Files::isRegularFile).toList()) {
          String relative = directory.relativize(file).toString().replace('\\', '/');
          boolean partial = file.getFileName().toString().endsWith(".partial");
          boolean orphan = relative.startsWith("documents/") && !partial && !referenced.contains(relative);
          if (partial || orphan) {
            Files.delete(file);
            (partial ? temporary : orphans).add(relative);
          }
        }
      } catch (IOException e) {
        throw new CrlmException("Cannot sweep the annotation store %s: %s".formatted(directory, e.getMessage()));
      }
    });
    if (!swept) {
      return null;
    }
    List<String> missing = referenced.stream().filter(copy -> !Files.isRegularFile(directory.resolve(copy))).toList();
    return new SweepReport(temporary, orphans, missing);
  }

  /**
   * The copy of the text an annotation file refers to ({@code crlm:storedCopy}), if any. It is
   * written with the document's other facts at the head of the file, so the reading stops there.
   */
  private static java.util.Optional<String> storedCopy(Path file) {
    String predicate = "<" + Crlm.STORED_COPY.iri() + "> \"";
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(predicate)).findFirst().map(line -> {
        int start = line.indexOf(predicate) + predicate.length();
        return line.substring(start, line.indexOf('"', start));
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new CrlmException("Cannot read the annotation file %s: %s".formatted(file, e.getMessage()));
    }
  }

  /** What {@link #sweep} found: paths relative to the store. */
  public record SweepReport(List<String> temporaryFiles, List<String> orphanCopies, List<String> missingCopies) {}
}
