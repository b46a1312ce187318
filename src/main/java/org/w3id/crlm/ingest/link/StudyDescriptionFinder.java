package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links an unnamed study described in a document ("a phase II trial of ... PBT", "a study of
 * 1,514 patients") to the study the knowledge base says that document reports, when exactly one
 * of them fits: the same number of patients, or the same phase and an intervention named in the
 * description. The mention is the description's head ("phase II trial", "study"); its "of"
 * phrase keeps its own mentions. Only studies reported by the document at hand are candidates,
 * so a description in a new document is never linked to another document's study.
 */
final class StudyDescriptionFinder {
  private static final Pattern DESCRIPTION = Pattern.compile(
      "\\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)\\s+"
          + "((?:(?:randomi[sz]ed|retrospective|prospective|multicent(?:er|re)|open-label|single-arm)\\s+)*"
          + "(?:phase\\s+(I{1,3}V?|[1-4])(a|b)?\\s+)?(?:randomi[sz]ed\\s+)?(?:study|trial|analysis))\\s+of\\s+([^.;]{1,120})");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b");
  private static final Map<String, String> ROMAN = Map.of("I", "1", "II", "2", "III", "3", "IV", "4");

  private final Dictionary dictionary;

  StudyDescriptionFinder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<Mention> resolve(String text, String document, List<Mention> mentions) {
    List<DescribedStudy> candidates = dictionary.studiesReportedIn(document);
    if (candidates.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    Matcher m = DESCRIPTION.matcher(text);
    while (m.find()) {
      String phase = m.group(2) == null ? null : ROMAN.getOrDefault(m.group(2), m.group(2)) + (m.group(3) == null ? "" : m.group(3));
      List<Mention> inTail = within(mentions, m.start(4), m.end(4));
      List<Long> numbers = new ArrayList<>();
      Matcher number = NUMBER.matcher(m.group(4));
      while (number.find()) {
        numbers.add(Long.parseLong(number.group().replace(",", "")));
      }
      List<DescribedStudy> fitting = candidates.stream().filter(s -> fits(s, phase, numbers, inTail)).toList();
      if (fitting.size() == 1 && within(out, m.start(1), m.end(1)).isEmpty()) {
        out.add(new Mention(m.start(1), m.end(1), Category.TRIAL, List.of(fitting.get(0).iri()), m.group(1)));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private boolean fits(DescribedStudy study, String phase, List<Long> numbers, List<Mention> inTail) {
    if (study.enrolled() != null && numbers.contains(study.enrolled())) {
      return true;
    }
    if (phase == null || study.phase() == null || !study.phase().toLowerCase(Locale.ROOT).equals("phase " + phase)) {
      return false;
    }
    return inTail.stream().flatMap(mention -> mention.entities().stream())
        .anyMatch(entity -> study.interventions().stream().anyMatch(i -> i.equals(entity) || dictionary.isA(entity, i)));
  }

  private static List<Mention> within(List<Mention> mentions, int start, int end) {
    return mentions.stream().filter(mention -> mention.start() < end && mention.end() > start).toList();
  }
}
