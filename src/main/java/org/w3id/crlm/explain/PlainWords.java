package org.w3id.crlm.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataHasValue;
import org.semanticweb.owlapi.model.OWLDataPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataSomeValuesFrom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLEquivalentClassesAxiom;
import org.semanticweb.owlapi.model.OWLInverseObjectPropertiesAxiom;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.model.OWLObjectAllValuesFrom;
import org.semanticweb.owlapi.model.OWLObjectComplementOf;
import org.semanticweb.owlapi.model.OWLObjectHasValue;
import org.semanticweb.owlapi.model.OWLObjectIntersectionOf;
import org.semanticweb.owlapi.model.OWLObjectMinCardinality;
import org.semanticweb.owlapi.model.OWLObjectOneOf;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyDomainAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLObjectPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLObjectSomeValuesFrom;
import org.semanticweb.owlapi.model.OWLObjectUnionOf;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom;
import org.semanticweb.owlapi.model.OWLSubPropertyChainOfAxiom;
import org.semanticweb.owlapi.model.OWLTransitiveObjectPropertyAxiom;

/**
 * An axiom as a step of a proof in plain words, each term kept as a reference (its IRI and label)
 * so that a page can link it: "Every [rectal cancer] is a [colorectal cancer]." The common kinds
 * of axiom and class expression are worded; any other is given in Manchester syntax with labels,
 * its terms listed after it.
 */
public final class PlainWords {
  /** A piece of a worded step: text, or a term with its IRI and label. */
  public sealed interface Part extends java.io.Serializable permits Text, Term {}

  public record Text(String text) implements Part {}

  public record Term(String iri, String label) implements Part {}

  private final Function<OWLEntity, String> labels;
  private final Function<OWLObject, String> manchester;

  /**
   * @param labels the label of an entity (its short form when it has none)
   * @param manchester the Manchester rendering with labels, for what is not worded here
   */
  public PlainWords(Function<OWLEntity, String> labels, Function<OWLObject, String> manchester) {
    this.labels = labels;
    this.manchester = manchester;
  }

  public List<Part> of(OWLAxiom axiom) {
    Builder out = new Builder();
    if (axiom instanceof OWLSubClassOfAxiom sub) {
      out.text("Every ").cls(sub.getSubClass()).text(" is ").article(sub.getSuperClass()).text(".");
    } else if (axiom instanceof OWLEquivalentClassesAxiom eq && eq.getClassExpressionsAsList().size() == 2) {
      List<OWLClassExpression> both = eq.getClassExpressionsAsList();
      out.text("Being ").article(both.get(0)).text(" is the same as being ").article(both.get(1)).text(".");
    } else if (axiom instanceof OWLClassAssertionAxiom assertion) {
      out.individual(assertion.getIndividual()).text(" is ").article(assertion.getClassExpression()).text(".");
    } else if (axiom instanceof OWLObjectPropertyAssertionAxiom p) {
      out.individual(p.getSubject()).text(" ").property(p.getProperty()).text(" ").individual(p.getObject()).text(".");
    } else if (axiom instanceof OWLDataPropertyAssertionAxiom p) {
      out.individual(p.getSubject()).text(" ").entity(p.getProperty().asOWLDataProperty()).text(" ").literal(p.getObject()).text(".");
    } else if (axiom instanceof OWLSubObjectPropertyOfAxiom sub) {
      out.text("Whatever ").property(sub.getSubProperty()).text(" something also ").property(sub.getSuperProperty()).text(" it.");
    } else if (axiom instanceof OWLSubPropertyChainOfAxiom chain) {
      out.text("Whatever ");
      List<OWLObjectPropertyExpression> links = chain.getPropertyChain();
      for (int i = 0; i < links.size(); i++) {
        out.text(i == 0 ? "" : ", then ").property(links.get(i)).text(" something");
      }
      out.text(", ").property(chain.getSuperProperty()).text(" that last thing.");
    } else if (axiom instanceof OWLObjectPropertyDomainAxiom domain) {
      out.text("Whatever ").property(domain.getProperty()).text(" something is ").article(domain.getDomain()).text(".");
    } else if (axiom instanceof OWLObjectPropertyRangeAxiom range) {
      out.text("Whatever something ").property(range.getProperty()).text(" is ").article(range.getRange()).text(".");
    } else if (axiom instanceof OWLTransitiveObjectPropertyAxiom transitive) {
      out.text("What ").property(transitive.getProperty()).text(" something that ")
          .property(transitive.getProperty()).text(" a third thing also ").property(transitive.getProperty()).text(" the third.");
    } else if (axiom instanceof OWLInverseObjectPropertiesAxiom inverse) {
      out.text("A ").property(inverse.getFirstProperty()).text(" B exactly when B ").property(inverse.getSecondProperty()).text(" A.");
    } else {
      out.text(manchester.apply(axiom));
      axiom.signature().sorted().forEach(e -> out.text(" ").entity(e));
    }
    return out.parts;
  }

  private final class Builder {
    final List<Part> parts = new ArrayList<>();

    Builder text(String text) {
      if (text.isEmpty()) {
        return this;
      }
      if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Text last) {
        parts.set(parts.size() - 1, new Text(last.text() + text));
      } else {
        parts.add(new Text(text));
      }
      return this;
    }

    Builder entity(OWLEntity entity) {
      parts.add(new Term(entity.getIRI().toString(), labels.apply(entity)));
      return this;
    }

    Builder individual(org.semanticweb.owlapi.model.OWLIndividual individual) {
      if (individual instanceof OWLNamedIndividual named) {
        return entity(named);
      }
      return text("something");
    }

    Builder property(OWLObjectPropertyExpression property) {
      if (property.isNamed()) {
        return entity(property.asOWLObjectProperty());
      }
      return text("is ").property(property.getInverseProperty()).text(" of");
    }

    Builder literal(OWLLiteral literal) {
      return text("\u201c" + literal.getLiteral() + "\u201d");
    }

    /** A class expression after "is": "a [colorectal cancer]", or the expression itself. */
    Builder article(OWLClassExpression expression) {
      if (expression instanceof OWLObjectIntersectionOf and) {
        List<OWLClassExpression> operands = and.getOperandsAsList();
        for (int i = 0; i < operands.size(); i++) {
          text(i == 0 ? "" : " and ").article(operands.get(i));
        }
        return this;
      }
      if (!expression.isAnonymous()) {
        String label = labels.apply(expression.asOWLClass());
        text(label.matches("(?i)^[aeiou].*") ? "an " : "a ");
      } else if (expression instanceof OWLObjectSomeValuesFrom || expression instanceof OWLObjectHasValue
          || expression instanceof OWLDataHasValue || expression instanceof OWLDataSomeValuesFrom
          || expression instanceof OWLObjectAllValuesFrom || expression instanceof OWLObjectMinCardinality) {
        text("something that ");
      }
      return cls(expression);
    }

    Builder cls(OWLClassExpression expression) {
      if (!expression.isAnonymous()) {
        return entity(expression.asOWLClass());
      }
      if (expression instanceof OWLObjectIntersectionOf and) {
        return join(and.getOperandsAsList(), " and ");
      }
      if (expression instanceof OWLObjectUnionOf or) {
        return join(or.getOperandsAsList(), " or ");
      }
      if (expression instanceof OWLObjectComplementOf not) {
        return text("not ").cls(not.getOperand());
      }
      if (expression instanceof OWLObjectSomeValuesFrom some) {
        return property(some.getProperty()).text(" ").article(some.getFiller());
      }
      if (expression instanceof OWLObjectAllValuesFrom all) {
        return property(all.getProperty()).text(" only ").cls(all.getFiller());
      }
      if (expression instanceof OWLObjectHasValue value) {
        return property(value.getProperty()).text(" ").individual(value.getFiller());
      }
      if (expression instanceof OWLObjectMinCardinality min) {
        return property(min.getProperty()).text(" at least " + min.getCardinality() + " ").cls(min.getFiller());
      }
      if (expression instanceof OWLObjectOneOf one) {
        List<? extends org.semanticweb.owlapi.model.OWLIndividual> members = one.getOperandsAsList();
        for (int i = 0; i < members.size(); i++) {
          text(i == 0 ? "one of " : ", ").individual(members.get(i));
        }
        return this;
      }
      if (expression instanceof OWLDataHasValue value) {
        return entity(value.getProperty().asOWLDataProperty()).text(" ").literal(value.getFiller());
      }
      if (expression instanceof OWLDataSomeValuesFrom some && !some.getProperty().isAnonymous()) {
        return entity(some.getProperty().asOWLDataProperty()).text(" some " + manchester.apply(some.getFiller()));
      }
      text("(" + manchester.apply(expression) + ")");
      expression.signature().sorted().forEach(e -> text(" ").entity(e));
      return this;
    }

    private Builder join(List<OWLClassExpression> operands, String word) {
      for (int i = 0; i < operands.size(); i++) {
        text(i == 0 ? "" : word);
        if (i == 0) {
          cls(operands.get(i));
        } else {
          article(operands.get(i));
        }
      }
      return this;
    }
  }
}
