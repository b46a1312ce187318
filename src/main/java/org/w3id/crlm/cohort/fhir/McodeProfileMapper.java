package org.w3id.crlm.cohort.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * One patient's FHIR R4 resources, read as mCODE (STU 1 to 3) describes them, turned into the
 * project's patient profile (the JSON of {@code crlm profile}), which the profile reader then
 * checks as it checks any other:
 *
 * <ul>
 *   <li>the primary cancer condition (mCODE profile, or a Condition whose code names a cancer of
 *       a site the ontology knows): its body site, and its histology (mCODE's
 *       histology-morphology-behavior extension);
 *   <li>secondary cancer conditions: their body sites are the metastases;
 *   <li>TNM category observations (LOINC 21905-5, 21906-3, 21907-1 clinical; 21899-0, 21900-8,
 *       21901-6 pathological; or mCODE's TNM profiles): the category from the value's code,
 *       display or text (AJCC "cT3", SNOMED "American Joint Committee on Cancer cT3", "T3"); per
 *       category the pathological one, else the clinical one, the latest of each; stage group
 *       observations are not read, since the reasoner finds the stage group;
 *   <li>genomic variant observations (LOINC 69548-6, gene studied 48018-6, amino acid change
 *       48005-3) and tumour marker tests (MSI, HER2, RAS, BRAF ...): a variant present as
 *       "KRAS G12D", a gene without variant found as "KRAS wild type";
 *   <li>ECOG performance status (LOINC 89247-1);
 *   <li>the timing of metastases (synchronous, metachronous) and their resectability, for which
 *       mCODE has no element: an Observation whose value names one ({@link McodeWriter} writes
 *       them with the code texts "Timing of metastases" and "Resectability of metastases");
 *   <li>medication statements, administrations and requests, and procedures, whose medication or
 *       code names an agent, regimen or procedure of the ontology: prior therapies (others, such
 *       as antiemetics, are not the profile's business and are left out);
 *   <li>adverse events whose kind the ontology knows, with the suspected agent.
 * </ul>
 *
 * Resources entered in error, refuted conditions and cancelled observations are left out. Words
 * are matched to the ontology's terms by the same term index as profiles, so a code's display or
 * text is what is read; the codes themselves are used where the standard fixes them (LOINC
 * observation codes, AJCC categories).
 */
public final class McodeProfileMapper {
  /** A resource and where it was read ("Condition.ndjson line 4"); a null resource is an unreadable one, its place the reason. */
  public record Located(IBaseResource resource, String where) {}

  private static final String MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-";
  private static final Map<String, String> TNM_CODES = Map.of(
      "21905-5", "cT", "21906-3", "cN", "21907-1", "cM", "21899-0", "pT", "21900-8", "pN", "21901-6", "pM");
  private static final Map<String, String> TNM_PROFILES = Map.of(
      "tnm-primary-tumor-category", "T", "tnm-regional-nodes-category", "N", "tnm-distant-metastases-category", "M",
      "tnm-clinical-primary-tumor-category", "cT", "tnm-clinical-regional-nodes-category", "cN",
      "tnm-clinical-distant-metastases-category", "cM", "tnm-pathological-primary-tumor-category", "pT",
      "tnm-pathological-regional-nodes-category", "pN", "tnm-pathological-distant-metastases-category", "pM");
  private static final Set<String> STAGE_GROUP_CODES = Set.of("21908-9", "21902-4");
  private static final String ECOG = "89247-1";
  private static final String VARIANT = "69548-6";
  private static final String GENE_STUDIED = "48018-6";
  private static final String AMINO_ACID_CHANGE = "48005-3";
  private static final String MSI = "81695-9";
  private static final Pattern TNM_TOKEN = Pattern.compile("(?<![A-Za-z0-9])(y?[cpa]?)(T(?:is|X|[0-4])[a-d]?|N(?:X|[0-3])[a-c]?|M(?:X|[01])[a-d]?)(?![A-Za-z0-9])");
  private static final Pattern PROTEIN_CHANGE = Pattern.compile("^(?:p\\.)?\\(?([A-Z][a-z]{2}|[A-Z])(\\d+)([A-Z][a-z]{2}|[A-Z]|=)\\)?$");
  /** Words of a site phrase that are not the site: SNOMED's "Rectum structure (body structure)", "Malignant neoplasm of rectum". */
  private static final Pattern SITE_NOISE = Pattern.compile(
      "(?i)\\s*\\((?:body structure|disorder|morphologic abnormality|qualifier value)\\)|\\bstructure of\\s+|\\s+structure\\b"
          + "|^(?:primary\\s+|secondary\\s+)?(?:malignant neoplasm|malignant tumou?r|neoplasm|carcinoma|adenocarcinoma|cancer|metastas[ie]s)"
          + "(?:\\s+to|\\s+of|\\s+in)?(?:\\s+the)?\\s+");
  private static final Set<String> PRESENT = Set.of("present", "positive", "detected", "abnormal", "mutated", "mutation", "la9633-4");
  private static final Set<String> ABSENT = Set.of("absent", "negative", "not detected", "normal", "wild type", "wild-type", "la9634-2");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TermIndex terms;

  public McodeProfileMapper(TermIndex terms) {
    this.terms = terms;
  }

  /** The profile JSON of patient {@code id}; a resource that cannot be read or matched is an error naming it. */
  public String map(String id, List<Located> resources, Map<String, Medication> medications) {
    String who = "Patient/" + id;
    List<Located> conditions = new ArrayList<>();
    Located primary = null;
    List<String> metastases = new ArrayList<>();
    Map<String, Dated> tnm = new java.util.TreeMap<>();
    Set<String> biomarkers = new LinkedHashSet<>();
    Dated ecog = null;
    String timing = null;
    String resectability = null;
    Set<String> prior = new LinkedHashSet<>();
    ArrayNode events = JSON.createArrayNode();
    for (Located located : resources) {
      if (located.resource() == null) {
        throw new CrlmException("%s: %s".formatted(who, located.where()));
      }
      Resource resource = (Resource) located.resource();
      String where = "%s, %s/%s (%s)".formatted(who, resource.fhirType(), resource.getIdElement().getIdPart(), located.where());
      switch (resource) {
        case Patient patient -> { }
        case Condition condition -> {
          if (isVoid(condition)) {
            continue;
          }
          if (isSecondary(condition)) {
            metastases.add(site(condition, where, true));
          } else if (isPrimary(condition)) {
            conditions.add(located);
            primary = located;
          }
        }
        case Observation observation -> {
          if (observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
              || observation.getStatus() == Observation.ObservationStatus.CANCELLED) {
            continue;
          }
          String category = tnmCategory(observation);
          if (category != null) {
            String value = tnmValue(observation, category, where);
            Dated dated = new Dated(value, observation.getEffectiveDateTimeType().getValue());
            tnm.merge(value.replaceAll("^y?[cpa]?", "").substring(0, 1) + (value.matches("^y?p.*") ? "p" : "c"), dated, Dated::later);
          } else if (hasCode(observation.getCode(), ECOG) || hasProfile(observation, "ecog-performance-status")) {
            Dated value = new Dated(ecog(observation, where), observation.getEffectiveDateTimeType().getValue());
            ecog = ecog == null ? value : Dated.later(ecog, value);
          } else if (!STAGE_GROUP_CODES.contains(loinc(observation.getCode()))) {
            Optional<String> timingValue = value(observation, TermKind.TIMING_OF_METASTASES);
            Optional<String> resectabilityValue = value(observation, TermKind.RESECTABILITY);
            if (timingValue.isPresent()) {
              timing = timingValue.get();
            } else if (resectabilityValue.isPresent()) {
              resectability = resectabilityValue.get();
            } else {
              biomarker(observation, where).ifPresent(biomarkers::add);
            }
          }
        }
        case MedicationStatement statement -> medication(statement.getMedication(), medications).ifPresent(prior::add);
        case MedicationAdministration administration -> medication(administration.getMedication(), medications).ifPresent(prior::add);
        case MedicationRequest request -> medication(request.getMedication(), medications).ifPresent(prior::add);
        case Procedure procedure -> {
          if (procedure.getStatus() == Procedure.ProcedureStatus.COMPLETED) {
            intervention(procedure.getCode()).ifPresent(prior::add);
          }
        }
        case AdverseEvent event -> adverseEvent(event, medications, where).ifPresent(events::add);
        default -> { }
      }
    }
    if (primary == null) {
      throw new CrlmException("%s has no primary cancer condition (a Condition with the mCODE primary-cancer-condition profile, or"
          .formatted(who) + " whose code names a colorectal cancer): the profile needs the primary tumour's site.");
    }
    if (conditions.size() > 1) {
      throw new CrlmException("%s has %d primary cancer conditions (%s); a profile is one primary tumour: give one, or one patient per cancer."
          .formatted(who, conditions.size(), String.join(", ", conditions.stream()
              .map(c -> ((Resource) c.resource()).fhirType() + "/" + ((Resource) c.resource()).getIdElement().getIdPart()).toList())));
    }
    Condition condition = (Condition) primary.resource();
    String where = "%s, Condition/%s (%s)".formatted(who, condition.getIdElement().getIdPart(), primary.where());
    ObjectNode profile = JSON.createObjectNode();
    profile.put("id", id);
    profile.put("primarySite", site(condition, where, false));
    histology(condition, where).ifPresent(h -> profile.put("histology", h));
    if (!tnm.isEmpty()) {
      List<String> missing = List.of("T", "N", "M").stream()
          .filter(letter -> !tnm.containsKey(letter + "p") && !tnm.containsKey(letter + "c")).toList();
      if (!missing.isEmpty()) {
        throw new CrlmException(("%s: the TNM observations give %s but no %s category; a stage group needs all three. Give an"
            + " Observation of each (LOINC 21905-5/21899-0 T, 21906-3/21900-8 N, 21907-1/21901-6 M, clinical/pathological), or"
            + " none.").formatted(who, tnmString(tnm), String.join(" or ", missing)));
      }
      profile.put("tnm", tnmString(tnm));
    }
    array(profile, "biomarkers", biomarkers);
    array(profile, "metastases", metastases);
    if (timing != null) {
      profile.put("metastasisTiming", timing);
    }
    if (resectability != null) {
      profile.put("resectability", resectability);
    }
    if (ecog != null) {
      profile.put("ecog", Integer.parseInt(ecog.value()));
    }
    array(profile, "priorTherapies", prior);
    if (!events.isEmpty()) {
      profile.set("adverseEvents", events);
    }
    return profile.toString();
  }

  /** A value and when it was observed (null if not said), the later one kept; without dates, the one read last. */
  private record Dated(String value, Date when) {
    static Dated later(Dated a, Dated b) {
      return a.when() != null && b.when() != null && a.when().after(b.when()) ? a : b;
    }
  }

  private static void array(ObjectNode profile, String field, java.util.Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = profile.putArray(field);
      values.forEach(array::add);
    }
  }

  private static boolean isVoid(Condition condition) {
    String status = condition.getVerificationStatus().getCodingFirstRep().getCode();
    return "refuted".equals(status) || "entered-in-error".equals(status);
  }

  private static boolean hasProfile(DomainResource resource, String mcodeName) {
    return resource.getMeta().getProfile().stream().anyMatch(p -> p.getValue() != null && p.getValue().startsWith(MCODE + mcodeName));
  }

  private static boolean isSecondary(Condition condition) {
    return hasProfile(condition, "secondary-cancer-condition") || words(condition.getCode()).stream()
        .anyMatch(w -> w.toLowerCase(Locale.ROOT).matches(".*\\b(secondary|metasta\\w*)\\b.*"));
  }

  private boolean isPrimary(Condition condition) {
    return hasProfile(condition, "primary-cancer-condition") || words(condition.getCode()).stream()
        .anyMatch(w -> w.toLowerCase(Locale.ROOT).matches(".*\\b(cancer|carcinoma|adenocarcinoma|neoplasm|tumou?r)\\b.*")
            && (condition.hasBodySite() || findSite(w).isPresent()));
  }

  /** The site of a condition: its body site, else the site its code names ("Malignant neoplasm of rectum"). */
  private String site(Condition condition, String where, boolean metastasis) {
    List<String> tried = new ArrayList<>();
    for (CodeableConcept bodySite : condition.getBodySite()) {
      for (String word : words(bodySite)) {
        tried.add(word);
        Optional<String> site = findSite(word);
        if (site.isPresent()) {
          return site.get();
        }
      }
    }
    for (String word : words(condition.getCode())) {
      tried.add(word);
      Optional<String> site = findSite(word);
      if (site.isPresent()) {
        return site.get();
      }
    }
    throw new CrlmException("%s: the %s site %s names no anatomical site of the ontology; give a bodySite whose text or display names it (for example \"rectum\", \"sigmoid colon\", \"liver\")."
        .formatted(where, metastasis ? "metastasis" : "primary tumour", tried.isEmpty() ? "is not given" : "'" + String.join("', '", tried) + "'"));
  }

  private Optional<String> findSite(String word) {
    for (String candidate : List.of(word, SITE_NOISE.matcher(word).replaceAll(" ").strip(), SITE_NOISE.matcher(SITE_NOISE.matcher(word).replaceAll(" ").strip()).replaceAll(" ").strip())) {
      if (!candidate.isBlank() && terms.find(candidate, TermKind.SITE).isPresent()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Optional<String> histology(Condition condition, String where) {
    for (Extension extension : condition.getExtension()) {
      if (extension.getUrl() != null && extension.getUrl().endsWith("histology-morphology-behavior")
          && extension.getValue() instanceof CodeableConcept concept) {
        for (String word : words(concept)) {
          for (String candidate : List.of(word, word.replaceAll("(?i),.*$|\\s*\\(.*\\)$|\\s+(?:no subtype|nos)\\b.*$", "").strip())) {
            if (terms.find(candidate, TermKind.HISTOLOGY).isPresent()) {
              return Optional.of(candidate);
            }
          }
        }
        throw new CrlmException("%s: the histology %s is not a histological type of the ontology (for example \"adenocarcinoma\")."
            .formatted(where, words(concept)));
      }
    }
    return Optional.empty();
  }

  /** The TNM category an observation gives ("cT", "pN", or "T" when only its profile says which), or null. */
  private static String tnmCategory(Observation observation) {
    String code = TNM_CODES.get(loinc(observation.getCode()));
    if (code != null) {
      return code;
    }
    for (Map.Entry<String, String> profile : TNM_PROFILES.entrySet()) {
      if (hasProfile(observation, profile.getKey())) {
        return profile.getValue();
      }
    }
    return null;
  }

  private static String tnmValue(Observation observation, String category, String where) {
    String letter = category.substring(category.length() - 1);
    String prefix = category.length() > 1 ? category.substring(0, 1) : "c";
    if (observation.getValue() instanceof CodeableConcept concept) {
      List<String> candidates = new ArrayList<>();
      concept.getCoding().forEach(c -> {
        candidates.add(c.getCode());
        candidates.add(c.getDisplay());
      });
      candidates.add(concept.getText());
      for (String candidate : candidates) {
        if (candidate == null) {
          continue;
        }
        Matcher m = TNM_TOKEN.matcher(candidate.replace("American Joint Committee on Cancer ", "").replace("AJCC ", ""));
        while (m.find()) {
          if (m.group(2).startsWith(letter)) {
            return (m.group(1).isEmpty() ? prefix : m.group(1)) + m.group(2);
          }
        }
      }
    }
    throw new CrlmException("%s: the %s category is not given as an AJCC category (a valueCodeableConcept such as cT3, \"T3\" or"
        .formatted(where, letter) + " \"American Joint Committee on Cancer cT3\").");
  }

  private static String tnmString(Map<String, Dated> tnm) {
    List<String> parts = new ArrayList<>();
    for (String letter : List.of("T", "N", "M")) {
      Dated chosen = tnm.containsKey(letter + "p") ? tnm.get(letter + "p") : tnm.get(letter + "c");
      if (chosen != null) {
        parts.add(chosen.value());
      }
    }
    return String.join(" ", parts);
  }

  private static String ecog(Observation observation, String where) {
    if (observation.getValue() instanceof IntegerType integer && integer.getValue() != null) {
      return integer.getValue().toString();
    }
    if (observation.getValue() instanceof CodeableConcept concept) {
      for (String word : words(concept)) {
        if (word.strip().matches("[0-4]")) {
          return word.strip();
        }
      }
    }
    throw new CrlmException("%s: the ECOG performance status is not a whole number from 0 to 4 (valueInteger).".formatted(where));
  }

  /**
   * The biomarker an observation reports, as a phrase of the ontology: a variant found ("KRAS
   * G12D"), a gene or marker with its result ("RAS wild type", "MSI-H", "HER2 amplification").
   * Empty for observations that report no biomarker (laboratory values, CEA levels); an error for
   * a genomic variant or tumour marker test that names none the ontology knows.
   */
  private Optional<String> biomarker(Observation observation, String where) {
    boolean variant = hasCode(observation.getCode(), VARIANT) || hasProfile(observation, "genomic-variant")
        || observation.getMeta().getProfile().stream().anyMatch(p -> String.valueOf(p.getValue()).endsWith("/variant"));
    boolean marker = variant || hasProfile(observation, "tumor-marker") || hasCode(observation.getCode(), MSI);
    List<String> genes = new ArrayList<>();
    String change = null;
    for (Observation.ObservationComponentComponent component : observation.getComponent()) {
      if (hasCode(component.getCode(), GENE_STUDIED)) {
        genes.addAll(words(component.getValue()));
      } else if (hasCode(component.getCode(), AMINO_ACID_CHANGE)) {
        for (String word : words(component.getValue())) {
          Matcher m = PROTEIN_CHANGE.matcher(word.strip());
          if (m.matches()) {
            change = AminoAcids.oneLetter(m.group(1)) + m.group(2) + AminoAcids.oneLetter(m.group(3));
          }
        }
      }
    }
    List<String> values = words(observation.getValue());
    List<String> names = new ArrayList<>(genes);
    for (String word : words(observation.getCode())) {
      names.add(word);
      for (String token : word.split("[\\s,\\[\\]()/]+")) {
        if (token.length() > 1) {
          names.add(token);
        }
      }
    }
    List<String> candidates = new ArrayList<>();
    boolean absent = values.stream().anyMatch(v -> ABSENT.contains(v.toLowerCase(Locale.ROOT).strip()));
    boolean present = values.stream().anyMatch(v -> PRESENT.contains(v.toLowerCase(Locale.ROOT).strip()));
    for (String gene : genes) {
      if (change != null && !absent) {
        candidates.add(gene + " " + change);
      }
      candidates.add(gene + (absent ? " wild type" : " mutation"));
    }
    if (!variant || genes.isEmpty()) {
      for (String value : values) {
        String lower = value.toLowerCase(Locale.ROOT).strip();
        for (String name : names) {
          candidates.add(name + " " + value);
          if (ABSENT.contains(lower)) {
            candidates.add(name + " wild type");
            candidates.add(name + " negative");
          } else if (PRESENT.contains(lower)) {
            candidates.add(name + " mutation");
            candidates.add(name + " positive");
            candidates.add(name + " amplification");
          }
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("microsatellite") || n.equalsIgnoreCase("MSI"))) {
          candidates.add(lower.contains("unstable") || lower.contains("high") ? "MSI-H" : lower.contains("stable") ? "MSS"
              : lower.contains("low") ? "MSI-L" : value);
        }
        // Last, the value alone ("MSI-H", "KRAS G12D"): after the marker's name with it, so that a
        // bare "amplification" is read as the named gene's.
        candidates.add(value);
      }
    }
    for (String candidate : candidates) {
      if (terms.find(candidate, TermKind.FEATURE, TermKind.FEATURE_CLASS).isPresent()) {
        return Optional.of(candidate);
      }
    }
    if (marker && (present || absent || !values.isEmpty())) {
      throw new CrlmException("%s: the %s (%s: %s) names no molecular feature of the ontology; give the gene (component 48018-6) and the amino acid change (48005-3), or a value such as \"MSI-H\" or \"RAS wild type\"."
          .formatted(where, variant ? "genomic variant" : "tumour marker", String.join(", ", names.isEmpty() ? List.of("no gene") : names.subList(0, 1)),
              values.isEmpty() ? "no value" : String.join(", ", values)));
    }
    return Optional.empty();
  }

  /** The observation's value when it names a term of {@code kind} ("synchronous", "unresectable"). */
  private Optional<String> value(Observation observation, TermKind kind) {
    return words(observation.getValue()).stream().filter(word -> terms.find(word, kind).isPresent()).findFirst();
  }

  private Optional<String> medication(Type medication, Map<String, Medication> medications) {
    if (medication instanceof CodeableConcept concept) {
      return intervention(concept);
    }
    if (medication instanceof Reference reference) {
      Medication referenced = medications.get(reference.getReference());
      if (referenced != null) {
        return intervention(referenced.getCode());
      }
      if (reference.hasDisplay()) {
        return intervention(new CodeableConcept().setText(reference.getDisplay()));
      }
    }
    return Optional.empty();
  }

  /** The agent, regimen or procedure a code names: its text or a display, whole or its first word ("gefitinib 250 MG Oral Tablet"). */
  private Optional<String> intervention(CodeableConcept concept) {
    for (String word : words(concept)) {
      for (String candidate : List.of(word, word.split("\\s+")[0])) {
        if (terms.find(candidate, TermKind.INTERVENTION).isPresent()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ObjectNode> adverseEvent(AdverseEvent event, Map<String, Medication> medications, String where) {
    String kind = null;
    for (String word : words(event.getEvent())) {
      if (terms.find(word, TermKind.ADVERSE_EVENT).isPresent()) {
        kind = word;
        break;
      }
    }
    if (kind == null) {
      return Optional.empty();
    }
    for (AdverseEvent.AdverseEventSuspectEntityComponent suspect : event.getSuspectEntity()) {
      Optional<String> agent = medication(suspect.getInstance(), medications);
      if (agent.isPresent()) {
        ObjectNode node = JSON.createObjectNode();
        node.put("event", kind);
        node.put("agent", agent.get());
        return Optional.of(node);
      }
    }
    throw new CrlmException("%s: the adverse event '%s' names no suspected agent the ontology knows; give suspectEntity.instance as a"
        .formatted(where, kind) + " reference to a Medication, or with a display naming the agent (for example \"oxaliplatin\").");
  }

  private static boolean hasCode(CodeableConcept concept, String code) {
    return concept != null && concept.getCoding().stream().anyMatch(c -> code.equals(c.getCode()));
  }

  private static String loinc(CodeableConcept concept) {
    return concept.getCoding().stream().filter(c -> "http://loinc.org".equals(c.getSystem())).map(Coding::getCode).findFirst().orElse("");
  }

  /** The words of a value: a concept's text and displays (then codes), a string's text. */
  private static List<String> words(Type value) {
    List<String> words = new ArrayList<>();
    if (value instanceof CodeableConcept concept) {
      if (concept.hasText()) {
        words.add(concept.getText());
      }
      concept.getCoding().stream().filter(Coding::hasDisplay).forEach(c -> words.add(c.getDisplay()));
      concept.getCoding().stream().filter(Coding::hasCode).forEach(c -> words.add(c.getCode()));
    } else if (value instanceof StringType string && string.hasValue()) {
      words.add(string.getValue());
    } else if (value instanceof Coding coding) {
      if (coding.hasDisplay()) {
        words.add(coding.getDisplay());
      }
    }
    return words;
  }
}
