package org.w3id.crlm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.TestKnowledgeBase;

class LocatorTest {
  private final Corpus corpus = Corpus.at(TestKnowledgeBase.corpusDirectory());

  @Test
  void findsASentenceByItsFirstAndLastWordsInCodePoints() {
    Locator locator = Locator.find(corpus, "002_99b98df18908f3a3.txt", "Critical pitfall", "these agents.", 1);
    assertEquals(new Locator("002_99b98df18908f3a3.txt", 1074, 1216, "8db37eaa2fe92374"), locator);
    assertEquals("8db37eaa2fe92374", SpanDigest.of(corpus.span("002_99b98df18908f3a3.txt", 1074, 1216)));
  }

  @Test
  void countsCodePointsNotUtf16UnitsAfterNonAsciiText() {
    // 004 has non-ASCII characters before this sentence.
    Locator locator = Locator.find(corpus, "004_038568472bd911b7.txt", "HER2 overexpression usually", "therapies.", 1);
    assertEquals(13045, locator.start());
    assertEquals(13114, locator.end());
  }

  @Test
  void refusesWordsThatAreNotInTheDocument() {
    CrlmException e = assertThrows(CrlmException.class,
        () -> Locator.find(corpus, "002_99b98df18908f3a3.txt", "no such words", "x", 1));
    assertEquals("'no such words' occurs fewer than 1 time(s) in 002_99b98df18908f3a3.txt. Copy the start words"
        + " exactly, line breaks included.", e.getMessage());
  }

  @Test
  void refusesAnUnknownDocumentNamingIt() {
    CrlmException e = assertThrows(CrlmException.class, () -> corpus.text("999_missing.txt"));
    assertEquals("Corpus file not found: 999_missing.txt (in " + corpus.directory() + "). Restore the file, or"
        + " correct crlm:fileName.", e.getMessage());
  }

  @Test
  void quotesUndoLineBreaksAndHyphenation() {
    assertEquals("resection of metastases provides the only chance",
        QuoteFunction.readable("resection of metastases pro-\nvides the only\n chance"));
  }
}
