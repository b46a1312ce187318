package org.w3id.crlm.cohort.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/** HAPI FHIR's R4 context, made once: it is costly to make and safe to share; parsers are not, so each user makes its own. */
final class Fhir {
  private static final class Holder {
    static final FhirContext R4 = FhirContext.forR4();
  }

  private Fhir() {}

  /** A JSON parser of FHIR R4 resources (not thread-safe: one per reader). */
  static IParser jsonParser() {
    return Holder.R4.newJsonParser();
  }
}
