package org.w3id.crlm.cohort.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Medication;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.cohort.CohortRunner.Input;

/**
 * A cohort given as FHIR R4 resources, one JSON resource per line (NDJSON, the Bulk Data export
 * format: a file per resource type, or all in one; a line may also be a Bundle, whose entries are
 * read), turned into one input per patient for {@link org.w3id.crlm.cohort.CohortRunner}.
 *
 * <p>A patient's resources may be anywhere in the files, so they are grouped first, with memory
 * bounded: a first pass writes each resource line into one of a few temporary bucket files chosen
 * by its patient's id (a bucket holds at most about {@value #BUCKET_BYTES} bytes of input), and the
 * buckets are then read one at a time, each grouped by patient in memory and mapped to profiles
 * ({@link McodeProfileMapper}). Patients come out bucket by bucket, in the order each was first
 * seen within its bucket (with one bucket, the order of first appearance). A line that is not a
 * FHIR resource, or a resource of no patient that is not a Medication, becomes an input of its own
 * with the reason; a patient whose resources cannot be read or mapped, an input with its id and
 * the reason.
 */
public final class FhirCohortInput implements Iterator<Input>, AutoCloseable {
  static final long BUCKET_BYTES = 64L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final McodeProfileMapper mapper;
  private final IParser parser = Fhir.jsonParser();
  private final Path workDirectory;
  private final List<Path> buckets = new ArrayList<>();
  /** Medications by reference ("Medication/ID"), for statements that refer to one: few, kept in memory. */
  private final Map<String, Medication> medications = new HashMap<>();
  private final Deque<Input> ready = new ArrayDeque<>();
  private int nextBucket;
  private long ordinal;

  /**
   * @param inputs NDJSON files, or directories whose {@code .ndjson} files are read (in name order)
   */
  public FhirCohortInput(List<Path> inputs, McodeProfileMapper mapper) {
    this.mapper = mapper;
    List<Path> files = files(inputs);
    long bytes = 0;
    for (Path file : files) {
      try {
        bytes += Files.size(file);
      } catch (IOException e) {
        throw new CrlmException("Cannot read %s: %s".formatted(file, e.getMessage()));
      }
    }
    int count = (int) Math.max(1, Math.min(4096, bytes / BUCKET_BYTES + 1));
    try {
      workDirectory = Files.createTempDirectory("crlm-cohort-fhir");
      List<BufferedWriter> writers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Path bucket = workDirectory.resolve("bucket-" + i + ".tsv");
        buckets.add(bucket);
        writers.add(Files.newBufferedWriter(bucket, StandardCharsets.UTF_8));
      }
      try {
        for (Path file : files) {
          distribute(file, writers);
        }
      } finally {
        for (BufferedWriter writer : writers) {
          writer.close();
        }
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Cannot group the FHIR resources by patient: " + e.getMessage(), e);
    }
  }

  private static List<Path> files(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listed = Files.list(input)) {
          listed.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
        } catch (IOException e) {
          throw new CrlmException("Cannot list %s: %s".formatted(input, e.getMessage()));
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new CrlmException("No such file or directory: %s. Give NDJSON files of FHIR resources, or a directory of them.".formatted(input));
      }
    }
    if (files.isEmpty()) {
      throw new CrlmException("No .ndjson files in %s.".formatted(inputs));
    }
    return files;
  }

  /** First pass: each resource line to the bucket of its patient; what cannot be placed becomes an input with its reason. */
  private void distribute(Path file, List<BufferedWriter> writers) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = "%s line %d".formatted(file.getFileName(), number);
        JsonNode resource;
        try {
          resource = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          String reason = e.getOriginalMessage().split("\\(start marker|\n")[0].strip();
          ready.add(Input.failed(++ordinal, null, "%s is not JSON (column %d: %s). Give one FHIR resource per line (NDJSON).".formatted(
              where, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), reason)));
          continue;
        }
        if (resource == null || !resource.isObject() || !resource.path("resourceType").isTextual()) {
          ready.add(Input.failed(++ordinal, null, "%s is not a FHIR resource: give a JSON object with a resourceType.".formatted(where)));
          continue;
        }
        if (resource.path("resourceType").asText().equals("Bundle")) {
          int entry = 0;
          for (JsonNode e : resource.path("entry")) {
            place(e.path("resource"), "%s, entry %d".formatted(where, entry++), writers);
          }
        } else {
          place(resource, where, writers);
        }
      }
    } catch (NoSuchFileException e) {
      throw new CrlmException("No such file: %s.".formatted(file));
    }
  }

  private void place(JsonNode resource, String where, List<BufferedWriter> writers) throws IOException {
    String type = resource.path("resourceType").asText("");
    if (type.equals("Medication")) {
      try {
        Medication medication = (Medication) parser.parseResource(resource.toString());
        medications.put("Medication/" + medication.getIdElement().getIdPart(), medication);
      } catch (DataFormatException | ClassCastException e) {
        ready.add(Input.failed(++ordinal, null, "%s: the Medication cannot be read: %s".formatted(where, e.getMessage())));
      }
      return;
    }
    String patient = patientOf(resource, type);
    if (patient == null) {
      if (!type.equals("Practitioner") && !type.equals("Organization") && !type.equals("PractitionerRole") && !type.equals("Specimen")) {
        ready.add(Input.failed(++ordinal, null, "%s: the %s names no patient (subject or patient: a reference Patient/ID); it is left out."
            .formatted(where, type.isEmpty() ? "resource" : type)));
      }
      return;
    }
    BufferedWriter writer = writers.get(Math.floorMod(patient.hashCode(), writers.size()));
    writer.write(patient.replace('\t', ' '));
    writer.write('\t');
    writer.write(where.replace('\t', ' '));
    writer.write('\t');
    writer.write(resource.toString());
    writer.write('\n');
  }

  /** The id of the patient a resource is about: its own for a Patient, else its subject's or patient's reference. */
  private static String patientOf(JsonNode resource, String type) {
    if (type.equals("Patient")) {
      return resource.path("id").isTextual() ? resource.path("id").asText() : null;
    }
    for (String field : List.of("subject", "patient")) {
      String reference = resource.path(field).path("reference").asText("");
      if (reference.startsWith("Patient/")) {
        return reference.substring("Patient/".length());
      }
      if (reference.startsWith("urn:uuid:")) {
        return reference;
      }
    }
    return null;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && nextBucket < buckets.size()) {
      readBucket(buckets.get(nextBucket++));
    }
    return !ready.isEmpty();
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /** Second pass: one bucket's resources grouped by patient, each patient mapped to a profile. */
  private void readBucket(Path bucket) {
    Map<String, List<McodeProfileMapper.Located>> byPatient = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(bucket, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] parts = line.split("\t", 3);
        List<McodeProfileMapper.Located> resources = byPatient.computeIfAbsent(parts[0], p -> new ArrayList<>());
        try {
          IBaseResource resource = parser.parseResource(parts[2]);
          resources.add(new McodeProfileMapper.Located(resource, parts[1]));
        } catch (DataFormatException e) {
          resources.add(new McodeProfileMapper.Located(null, "%s: not a FHIR R4 resource: %s".formatted(parts[1], e.getMessage())));
        }
      }
      Files.deleteIfExists(bucket);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read back " + bucket + ": " + e.getMessage(), e);
    }
    for (Map.Entry<String, List<McodeProfileMapper.Located>> patient : byPatient.entrySet()) {
      String id = patient.getKey();
      long number = ++ordinal;
      try {
        ready.add(new Input(number, id, "Patient/" + id, mapper.map(id, patient.getValue(), medications), null));
      } catch (CrlmException e) {
        ready.add(Input.failed(number, id, e.getMessage()));
      }
    }
  }

  /** Removes the temporary buckets. */
  @Override
  public void close() {
    if (workDirectory == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(workDirectory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
