package org.w3id.crlm.cohort;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.profile.PatientProfile;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;

/**
 * The batch function every engine runs: a batch of patients' profiles (as JSON, checked already,
 * so that what travels to a worker is plain text) read again and answered together on one fresh
 * reasoner within the batch's time. What goes in and what comes out are serializable, so the same
 * function runs on a thread of this process or on an Apache Spark executor.
 */
public final class CohortBatch {
  /** A patient of a batch: its place in the input, what it is called in messages, its profile. */
  public record Patient(long line, String where, String profileJson) implements Serializable {}

  /** A patient's outcome: the answer, or why there is none. */
  public record Outcome(ProfileAnswer answer, String error) implements Serializable {}

  private CohortBatch() {}

  /** The outcomes of {@code batch}, in its order; a batch past {@code limit}: that reason for each of its patients. */
  public static List<Outcome> answer(ProfileReader reader, ProfileService service, int maxRank, Duration limit, List<Patient> batch) {
    List<PatientProfile> profiles = new ArrayList<>();
    for (Patient patient : batch) {
      profiles.add(reader.read(patient.profileJson(), patient.where()));
    }
    try (Deadline deadline = Deadline.after(limit)) {
      return service.answerAll(profiles, maxRank, deadline).stream()
          .map(o -> new Outcome(o.answer(), o.error() == null ? null : o.error().getMessage())).toList();
    } catch (CrlmException e) {
      return batch.stream().map(p -> new Outcome(null, e.getMessage())).toList();
    }
  }
}
