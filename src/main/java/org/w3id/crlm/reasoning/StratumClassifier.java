package org.w3id.crlm.reasoning;

import java.util.List;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.crlm.ontology.Crlm;

/**
 * Decides, with HermiT, whether one stratum of cancers is narrower than another: "a cancer with
 * KRAS G12C" against "a cancer with some KRAS mutation". The strata are class expressions asked
 * of the classified ontology; nothing is added to it.
 */
public final class StratumClassifier {
  private final ReasonedOntology reasoned;
  private final OWLDataFactory df;
  private final AxiomRenderer renderer;

  public StratumClassifier(ReasonedOntology reasoned) {
    this.reasoned = reasoned;
    this.df = reasoned.ontology().getOWLOntologyManager().getOWLDataFactory();
    this.renderer = new AxiomRenderer(reasoned.ontology());
  }

  /**
   * The cancers that have something through a property: the individual {@code value}, or, when
   * {@code anyOf} is given, some member of that class.
   *
   * @param property the property (crlm:hasMolecularFeature, crlm:hasMetastasisSite)
   * @param value the individual, or null
   * @param anyOf the class, or null
   */
  public record Stratum(String property, String value, String anyOf) {}

  /**
   * Whether every cancer of {@code narrow} is one of {@code broad}, and not the other way round;
   * a list of strata stands for their union (a figure "about MSI-H or dMMR").
   */
  public boolean strictlyNarrower(List<Stratum> narrow, List<Stratum> broad) {
    OWLClassExpression a = union(narrow);
    OWLClassExpression b = union(broad);
    OWLReasoner reasoner = reasoned.reasoner();
    synchronized (reasoner) {
      return reasoner.isEntailed(df.getOWLSubClassOfAxiom(a, b)) && !reasoner.isEntailed(df.getOWLSubClassOfAxiom(b, a));
    }
  }

  /** The expression as the reasoning steps name it. */
  public String render(List<Stratum> strata) {
    return renderer.render(union(strata));
  }

  private OWLClassExpression union(List<Stratum> strata) {
    return strata.size() == 1 ? expression(strata.get(0))
        : df.getOWLObjectUnionOf(strata.stream().map(this::expression).toList());
  }

  private OWLClassExpression expression(Stratum stratum) {
    OWLObjectProperty property = df.getOWLObjectProperty(IRI.create(stratum.property()));
    OWLClassExpression filler = stratum.anyOf() != null
        ? df.getOWLClass(IRI.create(stratum.anyOf()))
        : df.getOWLObjectOneOf(df.getOWLNamedIndividual(IRI.create(stratum.value())));
    return df.getOWLObjectIntersectionOf(df.getOWLClass(Crlm.CANCER.owl()), df.getOWLObjectSomeValuesFrom(property, filler));
  }
}
