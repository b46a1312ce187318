package org.w3id.crlm.ingest.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;

/**
 * Reads a document for ingestion, refusing what the pipeline cannot read correctly before any
 * work is done: a missing or empty file, a file over the size limit, a format other than plain
 * text or Markdown, binary content, and bytes that are not UTF-8 (with the offset of the first
 * bad byte).
 */
public final class DocumentReader {
  /** Default size limit. Annotations take roughly 30 times the text in memory once loaded. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final Set<String> MARKDOWN = Set.of("md", "markdown");
  private static final Set<String> PLAIN = Set.of("txt", "text", "");
  private static final Set<String> ACCEPTED = Set.of("txt", "text", "md", "markdown");

  private final long maxBytes;

  public DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public TextDocument read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CrlmException("Document not found: %s. Give the path of a .txt or .md file.".formatted(file));
    }
    String name = file.getFileName().toString();
    mediaType(name);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new CrlmException("Cannot read document %s: %s".formatted(file, e.getMessage()));
    }
    checkSize(name, size);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CrlmException("Cannot read document %s: %s".formatted(file, e.getMessage()));
    }
    return decode(name, bytes);
  }

  /** Reads a document that arrived as bytes (an upload), under the given file name. */
  public TextDocument decode(String name, byte[] bytes) {
    String mediaType = mediaType(name);
    checkSize(name, bytes.length);
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new CrlmException(("%s looks binary (a NUL byte at byte %d), not text. Only UTF-8 plain text"
          + " or Markdown can be ingested: convert the document to text first (e.g. pdftotext).").formatted(name, nul));
    }
    String text = strictUtf8(name, bytes);
    if (text.isBlank()) {
      throw new CrlmException("%s is empty: there is nothing to ingest.".formatted(name));
    }
    return new TextDocument(identifier(name), name, text, sha256(bytes), mediaType);
  }

  /**
   * The documents of a directory (and, if {@code recursive}, of its subdirectories) that ingest
   * reads: .txt, .text, .md and .markdown files, except READMEs, which describe a folder.
   */
  public static List<Path> documentsIn(Path directory, boolean recursive) {
    try (Stream<Path> files = recursive ? Files.walk(directory) : Files.list(directory)) {
      return files.filter(Files::isRegularFile).filter(file -> {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && ACCEPTED.contains(name.substring(dot + 1)) && !name.startsWith("readme");
      }).sorted().toList();
    } catch (IOException e) {
      throw new CrlmException("Cannot read directory %s: %s".formatted(directory, e.getMessage()));
    }
  }

  /** The identifier a file name gives a document: its name without extension, made IRI-safe. */
  public static String identifier(String fileName) {
    String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String id = base.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (id.isEmpty()) {
      throw new CrlmException("Cannot make a document identifier from the file name '%s'; rename the file with letters or digits."
          .formatted(fileName));
    }
    return id;
  }

  private static String mediaType(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (MARKDOWN.contains(extension)) {
      return "text/markdown";
    }
    if (PLAIN.contains(extension)) {
      return "text/plain";
    }
    throw new CrlmException(("%s: .%s files are not ingested. Only UTF-8 plain text (.txt) and Markdown (.md)"
        + " are; convert PDF, Word or HTML documents to text first.").formatted(name, extension));
  }

  private void checkSize(String name, long size) {
    if (size == 0) {
      throw new CrlmException("%s is empty: there is nothing to ingest.".formatted(name));
    }
    if (size > maxBytes) {
      throw new CrlmException(("%s is %.1f MB, over the %.1f MB limit for one document. Split it, or raise the limit"
          + " (crlm ingest --max-size MB, crlm serve --max-document-mb MB).")
          .formatted(name, size / 1048576.0, maxBytes / 1048576.0));
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String strictUtf8(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CrlmException(("%s is not UTF-8: byte %d (line %d) is 0x%02X, which UTF-8 does not allow there."
          + " Convert the file, e.g. iconv -f latin1 -t utf-8 %s > converted.txt").formatted(
              name, at, line, bytes[at] & 0xff, name));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
