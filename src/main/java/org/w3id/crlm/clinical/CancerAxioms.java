package org.w3id.crlm.clinical;

import java.util.ArrayList;
import java.util.List;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.Variants;

/**
 * The axioms that describe a cancer to the reasoner, shared by the patient profile (a patient's
 * tumour) and the guideline check (the representative of a statement's population), so both
 * state a biomarker, a TNM category or a site the same way.
 */
public final class CancerAxioms {
  private CancerAxioms() {}

  public static OWLAxiom link(OWLDataFactory df, OWLNamedIndividual subject, CrlmTerm property, OWLNamedIndividual object) {
    return df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(property.owl()), subject, object);
  }

  public static OWLNamedIndividual individual(OWLDataFactory df, Term term) {
    return df.getOWLNamedIndividual(IRI.create(term.iri()));
  }

  /**
   * A biomarker of the cancer: a named feature ("KRAS G12D", with the axioms a variant the
   * ontology does not name needs), or, for a kind of feature ("HER2-positive", "KRAS mutation"),
   * some feature of that kind, the variant not said.
   */
  public static List<OWLAxiom> biomarker(OWLDataFactory df, OWLNamedIndividual cancer, Term feature, TermIndex terms) {
    List<OWLAxiom> axioms = new ArrayList<>();
    if (feature.isClass()) {
      axioms.add(df.getOWLClassAssertionAxiom(df.getOWLObjectSomeValuesFrom(
          df.getOWLObjectProperty(Crlm.HAS_MOLECULAR_FEATURE.owl()), df.getOWLClass(IRI.create(feature.iri()))), cancer));
    } else {
      axioms.addAll(Variants.axioms(feature, terms, df));
      axioms.add(link(df, cancer, Crlm.HAS_MOLECULAR_FEATURE, individual(df, feature)));
    }
    return axioms;
  }

  /** A TNM classification of the cancer, with the categories given (any of T, N and M). */
  public static List<OWLAxiom> classification(OWLDataFactory df, OWLNamedIndividual cancer, OWLNamedIndividual tnm) {
    return List.of(df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.TNM_CLASSIFICATION.owl()), tnm),
        link(df, cancer, Crlm.HAS_TNM_CLASSIFICATION, tnm));
  }

  /**
   * The sites of metastasis a record lists: these and no others (the closure lets the reasoner
   * count their organs for the M category).
   */
  public static List<OWLAxiom> recordedSites(OWLDataFactory df, OWLNamedIndividual cancer, List<Term> sites) {
    List<OWLAxiom> axioms = new ArrayList<>();
    List<OWLNamedIndividual> individuals = sites.stream().map(t -> individual(df, t)).toList();
    individuals.forEach(site -> axioms.add(link(df, cancer, Crlm.HAS_RECORDED_METASTASIS_SITE, site)));
    if (!individuals.isEmpty()) {
      axioms.add(df.getOWLClassAssertionAxiom(df.getOWLObjectAllValuesFrom(
          df.getOWLObjectProperty(Crlm.HAS_RECORDED_METASTASIS_SITE.owl()), df.getOWLObjectOneOf(individuals)), cancer));
    }
    return axioms;
  }
}
