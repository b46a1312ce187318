package org.w3id.crlm.reasoning;

import java.util.List;
import java.util.Map;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.util.AnnotationValueShortFormProvider;

/** Renders OWL objects in Manchester syntax with labels in place of IRIs, for messages. */
public final class AxiomRenderer {
  private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer =
      new ManchesterOWLSyntaxOWLObjectRendererImpl();

  private final AnnotationValueShortFormProvider labels;

  public AxiomRenderer(OWLOntology ontology) {
    OWLAnnotationProperty label =
        ontology.getOWLOntologyManager().getOWLDataFactory().getRDFSLabel();
    labels = new AnnotationValueShortFormProvider(List.of(label), Map.of(), ontology.getOWLOntologyManager());
    renderer.setShortFormProvider(entity -> {
      String shortForm = labels.getShortForm(entity);
      return shortForm.matches("[A-Za-z0-9_-]+") ? shortForm : "'" + shortForm + "'";
    });
  }

  /** The entity's label (its IRI's short form when it has none), unquoted. */
  public String label(org.semanticweb.owlapi.model.OWLEntity entity) {
    return labels.getShortForm(entity);
  }

  public String render(OWLObject object) {
    return renderer.render(object).replaceAll("\\s+", " ").trim();
  }
}
