package org.w3id.crlm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.crlm.ingest.text.SentenceSegmenter;

class SentenceSegmenterTest {
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private List<String> sentences(String text) {
    return segmenter.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void keepsDecimalsRangesUnitsAndAbbreviationsInsideSentences() {
    String text = "Median OS was 3.8 years (range 0.5 - 9.4). Smith et al. gave 5 x 5 Gy and 85 mg/m2 oxaliplatin, "
        + "e.g. in Fig. 2 vs. Table 1. The next sentence starts here.";
    assertEquals(List.of(
        "Median OS was 3.8 years (range 0.5 - 9.4).",
        "Smith et al. gave 5 x 5 Gy and 85 mg/m2 oxaliplatin, e.g. in Fig. 2 vs. Table 1.",
        "The next sentence starts here."), sentences(text));
  }

  @Test
  void joinsLinesBrokenMidSentenceAndDropsReferenceNumbers() {
    String text = "Patients were treated with short-\ncourse radiotherapy.4,5 Surgery followed\nlater. 2 Chemotherapy was given.12\n\nResults";
    assertEquals(List.of(
        "Patients were treated with short-\ncourse radiotherapy.",
        "Surgery followed\nlater.",
        "Chemotherapy was given.",
        "Results"), sentences(text));
  }

  @Test
  void headingsListItemsLabelsAndHtmlRemnantsStandAlone() {
    String text = "## Targeted therapy\nBackground: The trial ran.<sup>3</sup> It ended.\n"
        + "Consider surgery when: 1\n- All disease can be removed 2\n- The liver remnant suffices\n";
    assertEquals(List.of(
        "Targeted therapy",
        "Background:",
        "The trial ran.",
        "It ended.",
        "Consider surgery when:",
        "All disease can be removed",
        "The liver remnant suffices"), sentences(text));
  }

  @Test
  void doesNotSplitInsideWordsThatEndLikeAbbreviations() {
    assertEquals(List.of("It was controversial.", "Liver resection followed."),
        sentences("It was controversial. Liver resection followed."));
  }
}
