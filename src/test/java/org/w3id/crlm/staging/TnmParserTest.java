package org.w3id.crlm.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TnmParserTest {

  @Test
  void readsACompactPathologicalTnmWithThePrefixCarriedOver() {
    assertEquals(new TnmClassification("pT4b", "pN2a", "pM1b"), TnmParser.parse("pT4bN2aM1b"));
  }

  @Test
  void readsAnUnprefixedTnmAsClinical() {
    assertEquals(new TnmClassification("cT3", "cN1", "cM0"), TnmParser.parse("T3 N1 M0"));
  }

  @Test
  void keepsPostNeoadjuvantPrefixAndMakesM0Clinical() {
    assertEquals(new TnmClassification("ypT2", "ypN0", "cM0"), TnmParser.parse("ypT2 ypN0 M0"));
  }

  @Test
  void readsACBeforeAnAxisLetterAsTheNextPrefix() {
    assertEquals(new TnmClassification("pT2", "pN0", "cM0"), TnmParser.parse("pT2N0cM0"));
    assertEquals(new TnmClassification("cT3", "cN1c", "cM0"), TnmParser.parse("T3 N1c M0"));
  }

  @Test
  void rejectsACategoryThatAjccDoesNotDefineListingTheValidOnes() {
    TnmParseException e = assertThrows(TnmParseException.class, () -> TnmParser.parse("pT4b N3 M0"));
    assertEquals("'N3' in TNM 'pT4b N3 M0' is not an AJCC 8th edition colorectal category. N categories:"
        + " N0, N1, N1a, N1b, N1c, N2, N2a, N2b, NX.", e.getMessage());
  }

  @Test
  void rejectsAMissingAxis() {
    TnmParseException e = assertThrows(TnmParseException.class, () -> TnmParser.parse("pT4b N2a"));
    assertEquals("TNM 'pT4b N2a' has no M category; a stage group needs T, N and M (e.g. M0 or M1a).", e.getMessage());
  }

  @Test
  void rejectsUnreadableTextNamingWhereItIs() {
    TnmParseException e = assertThrows(TnmParseException.class, () -> TnmParser.parse("pT4b stage IV"));
    assertEquals("Cannot read 'stage IV' in TNM 'pT4b stage IV' at character 6. Each category is an optional"
        + " prefix (c, p, yp), the axis (T, N or M) and its value, e.g. pT4b N2a M1b. AJCC 8th edition values: T: 0, 1, 2, 3, 3a, 3b, 3c, 3d, 4, 4a, 4b, X, is;"
        + " N: 0, 1, 1a, 1b, 1c, 2, 2a, 2b, X; M: 0, 1, 1a, 1b, 1c.", e.getMessage());
  }
}
