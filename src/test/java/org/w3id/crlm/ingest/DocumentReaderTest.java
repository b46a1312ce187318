package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.ingest.text.TextDocument;

class DocumentReaderTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  private String error(Path file) {
    return assertThrows(CrlmException.class, () -> reader.read(file)).getMessage();
  }

  @Test
  void refusesEmptyAndBlankFiles() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.md"), " \n\n\t\n");
    assertEquals("empty.txt is empty: there is nothing to ingest.", error(empty));
    assertEquals("blank.md is empty: there is nothing to ingest.", error(blank));
  }

  @Test
  void refusesBinaryContentWithTheOffsetOfTheFirstNulByte() throws Exception {
    Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertEquals("scan.txt looks binary (a NUL byte at byte 4), not text. Only UTF-8 plain text or Markdown can be"
        + " ingested: convert the document to text first (e.g. pdftotext).", error(binary));
  }

  @Test
  void refusesNonUtf8WithTheByteAndLine() throws Exception {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "First line\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("latin1.txt is not UTF-8: byte 14 (line 2) is 0xE9, which UTF-8 does not allow there. Convert the file,"
        + " e.g. iconv -f latin1 -t utf-8 latin1.txt > converted.txt", error(latin1));
  }

  @Test
  void refusesOtherFormatsAndFilesOverTheLimitWithoutReadingThem() throws Exception {
    Path pdf = Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.7");
    assertEquals("paper.pdf: .pdf files are not ingested. Only UTF-8 plain text (.txt) and Markdown (.md) are;"
        + " convert PDF, Word or HTML documents to text first.", error(pdf));
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    assertEquals("huge.txt is 100.0 MB, over the 20.0 MB limit for one document. Split it, or raise the limit"
        + " (crlm ingest --max-size MB, crlm serve --max-document-mb MB).",
        error(huge));
  }

  @Test
  void readsASingleTenMegabyteLine() throws Exception {
    String line = "KRAS G12D was found. ".repeat(500_000);
    Path file = Files.writeString(dir.resolve("one-line.txt"), line);
    TextDocument document = reader.read(file);
    assertEquals("one-line", document.id());
    assertEquals(10_500_000, document.text().length());
    assertEquals(500_000, new org.w3id.crlm.ingest.text.SentenceSegmenter().sentences(document.text()).size());
  }
}
