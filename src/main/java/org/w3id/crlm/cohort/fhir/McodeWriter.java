package org.w3id.crlm.cohort.fhir;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.w3id.crlm.CrlmException;

/**
 * Writes a patient profile as mCODE FHIR R4 resources, one JSON resource per line: the synthetic
 * cohorts of {@code crlm cohort --generate N --format fhir}. What mCODE has no element for, the
 * timing of metastases and their resectability, is written as an Observation with a code text
 * only ("Timing of metastases", "Resectability of metastases"), the project's own convention; the
 * side of the colon is not written, since it follows from the site. Codes are written where the standard fixes them (LOINC observation codes, AJCC
 * categories, the LOINC answers Present and Absent, SNOMED CT 35917007 Adenocarcinoma as in
 * mCODE's own examples); sites, genes and agents as text, which is what {@link McodeProfileMapper}
 * reads.
 */
public final class McodeWriter {
  private static final String MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-";
  private static final String LOINC = "http://loinc.org";
  private static final String AJCC = "http://cancerstaging.org";
  private static final Map<Character, String[]> TNM = Map.of(
      'T', new String[] {"21905-5", "21899-0", "tnm-primary-tumor-category"},
      'N', new String[] {"21906-3", "21900-8", "tnm-regional-nodes-category"},
      'M', new String[] {"21907-1", "21901-6", "tnm-distant-metastases-category"});
  private static final Pattern VARIANT = Pattern.compile("^([A-Z0-9]+) ([A-Z])(\\d+)([A-Z])$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IParser parser = Fhir.jsonParser();

  /** The profile's resources, each as one line of JSON. */
  public List<String> resources(String profileJson) {
    JsonNode profile;
    try {
      profile = JSON.readTree(profileJson);
    } catch (java.io.IOException e) {
      throw new CrlmException("Not a profile: " + e.getMessage());
    }
    String id = profile.path("id").asText();
    Reference subject = new Reference("Patient/" + id);
    List<Resource> resources = new ArrayList<>();
    resources.add(new Patient().setId(id));

    String site = profile.path("primarySite").asText();
    Condition primary = new Condition();
    primary.setId(id + "-primary");
    primary.getMeta().addProfile(MCODE + "primary-cancer-condition");
    primary.setSubject(subject).setCode(new CodeableConcept().setText("Malignant neoplasm of " + site));
    primary.addBodySite(new CodeableConcept().setText(site));
    if (profile.has("histology")) {
      primary.addExtension(MCODE + "histology-morphology-behavior", profile.path("histology").asText().equals("adenocarcinoma")
          ? new CodeableConcept(new Coding("http://snomed.info/sct", "35917007", "Adenocarcinoma"))
          : new CodeableConcept().setText(profile.path("histology").asText()));
    }
    resources.add(primary);
    int n = 0;
    for (JsonNode metastasis : profile.path("metastases")) {
      Condition secondary = new Condition();
      secondary.setId(id + "-metastasis-" + ++n);
      secondary.getMeta().addProfile(MCODE + "secondary-cancer-condition");
      secondary.setSubject(subject).setCode(new CodeableConcept().setText("Secondary malignant neoplasm of " + metastasis.asText()));
      secondary.addBodySite(new CodeableConcept().setText(metastasis.asText()));
      resources.add(secondary);
    }
    if (profile.has("tnm")) {
      for (String category : profile.path("tnm").asText().split("\\s+")) {
        String bare = category.replaceFirst("^y?[cp]", "");
        String[] codes = TNM.get(bare.charAt(0));
        boolean pathological = category.matches("^y?p.*");
        Observation observation = observation(id + "-tnm-" + bare.charAt(0), subject, LOINC, codes[pathological ? 1 : 0],
            codes[2]);
        observation.setValue(new CodeableConcept(new Coding(AJCC, category, bare)));
        resources.add(observation);
      }
    }
    n = 0;
    for (JsonNode marker : profile.path("biomarkers")) {
      resources.add(biomarker(id + "-marker-" + ++n, subject, marker.asText()));
    }
    for (String[] field : new String[][] {{"metastasisTiming", "Timing of metastases", "timing"},
        {"resectability", "Resectability of metastases", "resectability"}}) {
      if (profile.has(field[0])) {
        Observation observation = new Observation();
        observation.setId(id + "-" + field[2]);
        observation.setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
        observation.setCode(new CodeableConcept().setText(field[1]));
        observation.setValue(new CodeableConcept().setText(profile.path(field[0]).asText()));
        resources.add(observation);
      }
    }
    if (profile.has("ecog")) {
      Observation ecog = observation(id + "-ecog", subject, LOINC, "89247-1", "ecog-performance-status");
      ecog.setValue(new IntegerType(profile.path("ecog").asInt()));
      resources.add(ecog);
    }
    n = 0;
    for (JsonNode therapy : profile.path("priorTherapies")) {
      MedicationStatement statement = new MedicationStatement();
      statement.setId(id + "-therapy-" + ++n);
      statement.setStatus(MedicationStatement.MedicationStatementStatus.COMPLETED).setSubject(subject)
          .setMedication(new CodeableConcept().setText(therapy.asText()));
      resources.add(statement);
    }
    return resources.stream().map(parser::encodeResourceToString).toList();
  }

  private static Observation observation(String id, Reference subject, String system, String code, String mcodeProfile) {
    Observation observation = new Observation();
    observation.setId(id);
    observation.getMeta().addProfile(MCODE + mcodeProfile);
    observation.setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
    observation.setCode(code == null ? new CodeableConcept() : new CodeableConcept(new Coding(system, code, null)));
    return observation;
  }

  /** A variant as a genomic variant observation (gene, amino acid change); a status as a tumour marker test. */
  private static Observation biomarker(String id, Reference subject, String marker) {
    Matcher variant = VARIANT.matcher(marker);
    Observation observation;
    if (variant.matches() || marker.matches("^[A-Z0-9]+ (mutation|wild type)$") && !marker.startsWith("RAS ")) {
      boolean absent = marker.endsWith("wild type");
      observation = observation(id, subject, LOINC, "69548-6", "genomic-variant");
      observation.setValue(new CodeableConcept(new Coding(LOINC, absent ? "LA9634-2" : "LA9633-4", absent ? "Absent" : "Present")));
      String gene = marker.split(" ")[0];
      observation.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "48018-6", "Gene studied [ID]")))
          .setValue(new CodeableConcept().setText(gene));
      if (variant.matches()) {
        observation.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "48005-3", "Amino acid change (pHGVS)")))
            .setValue(new CodeableConcept().setText("p." + AminoAcids.threeLetter(variant.group(2)) + variant.group(3)
                + AminoAcids.threeLetter(variant.group(4))));
      }
    } else if (marker.equals("MSI-H") || marker.equals("MSS")) {
      observation = observation(id, subject, LOINC, "81695-9", "tumor-marker-test");
      observation.getCode().setText("Microsatellite instability");
      observation.setValue(new CodeableConcept().setText(marker.equals("MSS") ? "Stable" : "MSI-H"));
    } else {
      observation = observation(id, subject, LOINC, null, "tumor-marker-test");
      String[] parts = marker.split(" ", 2);
      observation.getCode().setText(parts[0] + " status");
      observation.setValue(new CodeableConcept().setText(parts.length > 1 ? parts[1] : marker));
    }
    return observation;
  }
}
