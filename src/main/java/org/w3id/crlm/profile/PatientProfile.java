package org.w3id.crlm.profile;

import java.util.List;
import org.w3id.crlm.staging.TnmClassification;
import org.w3id.crlm.terms.Term;

/**
 * A patient as a profile describes them, every word matched to a term of the ontology.
 *
 * @param id the profile's identifier (the file name when the profile gives none)
 * @param primarySite where the primary tumour is
 * @param side the side of the large intestine, when given apart from the site; or null
 * @param histology the histological type, or null
 * @param tnm the T, N and M categories, or null
 * @param biomarkers the molecular features found
 * @param metastasisSites where metastases are
 * @param metastasisTiming synchronous or metachronous, or null
 * @param resectability resectable, potentially resectable or unresectable, or null
 * @param ecog the ECOG performance status (0 to 4), or null
 * @param priorTherapies agents, regimens and procedures already given
 * @param adverseEvents adverse events, each with the agent it is attributed to
 * @param warnings values kept as written but outside the standard the knowledge base stages by
 *     (a TNM category AJCC 8th does not define), each naming the value and its standard
 */
public record PatientProfile(String id, Term primarySite, Term side, Term histology, TnmClassification tnm,
    List<Term> biomarkers, List<Term> metastasisSites, Term metastasisTiming, Term resectability, Integer ecog,
    List<Term> priorTherapies, List<AdverseEvent> adverseEvents, List<String> warnings) {

  /** An adverse event of the patient's treatment: what happened, and the agent it is attributed to. */
  public record AdverseEvent(Term event, Term agent) {}
}
