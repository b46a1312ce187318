package org.w3id.crlm.terms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.w3id.crlm.ontology.Crlm;

/**
 * Sequence variants the knowledge base does not name ("KRAS G13D", "NRAS p.Q61K"): read as a
 * new variant of a known gene, so that the reasoner classifies it like any other (a KRAS G13D
 * tumour is KRAS-mutant, hence RAS-mutant). Only the gene must be known.
 */
public final class Variants {
  /** New variants' IRIs start with this. */
  public static final String NS = Crlm.NS + "variant/";
  private static final Pattern VARIANT = Pattern.compile(
      "(?<gene>[A-Za-z][A-Za-z0-9]{1,9})[\\s-]+(?:p\\.)?(?<change>[A-Z][0-9]{1,4}(?:[A-Z]|\\*|fs\\*?[0-9]*|del|dup)?)"
          + "(?:[\\s-]+(?:mutation|mutant|mutated|variant))?");

  private Variants() {}

  /** The new variant {@code text} names, if it is a change in a known gene. */
  static Optional<Term> read(String text, TermIndex terms, TermKind kind) {
    Matcher m = VARIANT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return terms.find(m.group("gene"), TermKind.GENE).map(gene -> new Term(
        NS + gene.label().toUpperCase(java.util.Locale.ROOT) + "_" + m.group("change").replace("*", "X"),
        gene.label() + " " + m.group("change"), kind));
  }

  /** The gene of a new variant, if {@code term} is one. */
  public static java.util.Optional<String> geneOf(Term term, TermIndex terms) {
    if (!isNew(term)) {
      return java.util.Optional.empty();
    }
    return terms.find(term.label().substring(0, term.label().indexOf(' ')), TermKind.GENE).map(Term::iri);
  }

  public static boolean isNew(Term term) {
    return term.iri().startsWith(NS);
  }

  /** The axioms that make a new variant one: a sequence variant in its gene. */
  public static List<OWLAxiom> axioms(Term term, TermIndex terms, OWLDataFactory df) {
    if (!isNew(term)) {
      return List.of();
    }
    OWLNamedIndividual variant = df.getOWLNamedIndividual(IRI.create(term.iri()));
    String geneIri = geneOf(term, terms).orElseThrow();
    return List.of(
        df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.SEQUENCE_VARIANT.owl()), variant),
        df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(Crlm.IN_GENE.owl()), variant,
            df.getOWLNamedIndividual(IRI.create(geneIri))),
        df.getOWLAnnotationAssertionAxiom(df.getRDFSLabel(), variant.getIRI(), df.getOWLLiteral(term.label())));
  }
}
