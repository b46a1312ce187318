package org.w3id.crlm.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.crlm.ontology.Crlm;

/**
 * Trial registry identifiers in a text, recognised by their patterns (ClinicalTrials.gov NCT
 * numbers, EudraCT, ISRCTN, ANZCTR, DRKS, ChiCTR, the Netherlands Trial Register, CTRI), each
 * linked to the trial the knowledge base knows by it, or else to a trial entity named after the
 * identifier ({@code crlm:trial/NCT01234567}), which the document's annotations then declare.
 */
public final class TrialIdentifiers {
  private static final Pattern IDENTIFIER = Pattern.compile(
      "(?<![\\p{L}\\d])(NCT\\d{8}|EudraCT(?:\\s*(?:No\\.?|number|:))?\\s*\\d{4}-\\d{6}-\\d{2}"
          + "|ISRCTN\\s?\\d{8}|ACTRN\\d{14}|DRKS\\d{8}|ChiCTR-?[A-Z]{0,3}-?\\d{8,10}|NTR\\d{3,5}|CTRI/\\d{4}/\\d{2,3}/\\d{6})(?![\\p{L}\\d])");
  /** Where minted trial entities live: the namespace of the curated trials. */
  public static final String TRIALS = Crlm.NS + "trial/";

  private final Dictionary dictionary;

  public TrialIdentifiers(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** An identifier as the registries write it: upper case, no spaces, EudraCT by its number. */
  public static String normalize(String written) {
    String id = written.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    Matcher eudract = Pattern.compile("(\\d{4}-\\d{6}-\\d{2})").matcher(id);
    return id.startsWith("EUDRACT") && eudract.find() ? eudract.group(1) : id;
  }

  /** Whether {@code written} is a registry identifier as a whole (a trial's name is not). */
  public static boolean isIdentifier(String written) {
    return IDENTIFIER.matcher(written).matches() || written.matches("\\d{4}-\\d{6}-\\d{2}");
  }

  /** The trial entity an identifier names: the known one, or one named after it. */
  public String entity(String written) {
    String id = normalize(written);
    String known = dictionary.trialOfRegistryId(id);
    return known != null ? known : TRIALS + id.replace('/', '-');
  }

  /** Whether the knowledge base already knows the trial an identifier names. */
  public boolean known(String written) {
    return dictionary.trialOfRegistryId(normalize(written)) != null;
  }

  /** The identifiers of {@code text} as trial mentions. */
  public List<Mention> find(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(text);
    // The pattern is tried only where an identifier's prefix or a EudraCT number can start.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("NEIADC".indexOf(c) < 0 || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        mentions.add(new Mention(m.start(1), m.end(1), Category.TRIAL, List.of(entity(m.group(1))), normalize(m.group(1))));
        i = m.end() - 1;
      }
    }
    return mentions;
  }
}
