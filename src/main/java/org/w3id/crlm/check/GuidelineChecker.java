package org.w3id.crlm.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.clinical.CancerAxioms;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.clinical.TypeJustifications;
import org.w3id.crlm.explain.EntailmentExplainer;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ExplanationResult;
import org.w3id.crlm.explain.Justification;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.ontology.CrlmTerm;
import org.w3id.crlm.reasoning.RequestReasoner;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;
import org.w3id.crlm.terms.TermKind;

/**
 * Checks a draft guideline against the knowledge base. Each statement's population becomes a
 * representative cancer (an individual with the population's classes, biomarkers, timing and
 * resectability), added with the draft's own axioms to the knowledge base on a reasoner of the
 * request's own; HermiT finds whether the whole is consistent, whether the draft's classes are
 * satisfiable, and which classes each representative cancer falls in. The statements are then
 * compared, through those classes, with what the knowledge base holds for them: agents of no
 * benefit, recommendations against (or for) the same intervention, threshold rules, tests
 * required first; and the disagreements between sources on the draft's biomarkers are reported.
 */
public final class GuidelineChecker {
  private static final String DRAFT_NS = Crlm.NS + "draft/";
  private static final Duration EXPLANATION_BUDGET = Duration.ofSeconds(5);

  private final ClinicalContext context;
  private final ClinicalKnowledge knowledge;
  private final TermIndex terms;
  private final List<StatementRule> statementRules;
  private final List<DraftRule> draftRules;

  public GuidelineChecker(ClinicalContext context) {
    this.context = context;
    this.knowledge = context.knowledge();
    this.terms = context.terms();
    CheckSupport support = new CheckSupport(context);
    this.statementRules = CheckRules.statementRules(support);
    this.draftRules = CheckRules.draftRules(support);
  }

  /** Checks {@code draft} within {@code limit} from now. */
  public CheckReport check(Draft draft, int maxRank, Duration limit) {
    return check(draft, maxRank, limit, false);
  }

  public CheckReport check(Draft draft, int maxRank, Duration limit, boolean explain) {
    try (Deadline deadline = Deadline.after(limit)) {
      return check(draft, maxRank, deadline, explain);
    }
  }

  /**
   * @param explain whether each finding's step "the population is a C" is backed by its
   *     justification (owlexplanation over the request's reasoner), axiom by axiom with evidence
   */
  public CheckReport check(Draft draft, int maxRank, Deadline deadline, boolean explain) {
    long start = System.nanoTime();
    OWLDataFactory df = OWLManager.getOWLDataFactory();
    RequestReasoner reasoner = context.reasoner();
    String input = "draft '" + draft.name() + "'";
    List<Finding> findings = new ArrayList<>();
    // The draft's own axioms first: are they consistent with the knowledge base, and can its classes have members?
    Set<String> unsatisfiable = new TreeSet<>();
    if (!draft.axioms().isEmpty()) {
      boolean consistent = reasoner.reason(draft.axioms(), deadline, input, session -> {
        if (!session.reasoner().isConsistent()) {
          return false;
        }
        for (String cls : draft.declaredClasses()) {
          OWLClass owlClass = df.getOWLClass(IRI.create(cls));
          if (!session.reasoner().isSatisfiable(owlClass)) {
            unsatisfiable.add(cls);
            findings.add(unsatisfiable(session, owlClass, cls, df, draft, deadline));
          }
        }
        return true;
      });
      if (!consistent) {
        findings.add(new Finding(FindingKind.INCONSISTENCY, "the draft's axioms", draft.name(),
            "Merged with the knowledge base, the draft's axioms are inconsistent: no world satisfies them all.",
            List.of("An axiom of the draft states the contrary of the knowledge base (for example a disjointness between classes that share members)."),
            List.of(), "Find the axiom of the draft that contradicts the knowledge base and correct or remove it."));
        return report(draft, findings, start);
      }
    }
    // Then one representative cancer per statement whose population can have members.
    List<DraftStatement> checked = draft.statements().stream()
        .filter(st -> st.population().stream().noneMatch(t -> unsatisfiable.contains(t.iri()))).toList();
    if (!analyse(draft, checked, maxRank, deadline, explain, findings)) {
      // Some populations can have no member: report them, and check the others on their own.
      List<Finding> impossible = inconsistentPopulations(draft, checked, df, deadline);
      findings.addAll(impossible);
      Set<String> where = impossible.stream().map(Finding::where).collect(Collectors.toSet());
      List<DraftStatement> rest = checked.stream().filter(st -> !where.contains(st.where())).toList();
      if (rest.size() == checked.size() || !analyse(draft, rest, maxRank, deadline, explain, findings)) {
        return report(draft, findings, start);
      }
      checked = rest;
    }
    for (DraftRule rule : draftRules) {
      findings.addAll(rule.check(draft, checked));
    }
    return report(draft, findings, start);
  }

  /**
   * Adds the findings of {@code statements}, reasoned over together with the draft's axioms;
   * false, with nothing added, when their representatives are inconsistent together.
   */
  private boolean analyse(Draft draft, List<DraftStatement> statements, int maxRank, Deadline deadline, boolean explain,
      List<Finding> findings) {
    OWLDataFactory df = OWLManager.getOWLDataFactory();
    List<OWLAxiom> added = new ArrayList<>(draft.axioms());
    List<OWLNamedIndividual> cancers = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      OWLNamedIndividual cancer = df.getOWLNamedIndividual(IRI.create(DRAFT_NS + "statement-" + (i + 1)));
      cancers.add(cancer);
      added.addAll(representative(df, cancer, statements.get(i)));
    }
    String input = "draft '" + draft.name() + "'";
    return context.reasoner().reason(added, deadline, input, session -> {
      if (!session.reasoner().isConsistent()) {
        return false;
      }
      for (int i = 0; i < statements.size(); i++) {
        deadline.check("checking " + input);
        DraftStatement statement = statements.get(i);
        OWLNamedIndividual cancer = cancers.get(i);
        Set<String> cancerTypes = session.reasoner().getTypes(cancer, false).entities().map(c -> c.getIRI().toString())
            .collect(Collectors.toUnmodifiableSet());
        Function<String, List<String>> why = explain ? cls -> justify(session, cancer, cls, deadline) : cls -> List.of();
        List<Finding> ofStatement = new ArrayList<>();
        for (StatementRule rule : statementRules) {
          ofStatement.addAll(rule.check(new StatementUnderCheck(draft, statement, cancerTypes, maxRank, why, List.copyOf(ofStatement))));
        }
        findings.addAll(ofStatement);
      }
      return true;
    });
  }

  private static CheckReport report(Draft draft, List<Finding> findings, long start) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity));
    return new CheckReport(draft.name(), draft.statements().size(), List.copyOf(sorted), (System.nanoTime() - start) / 1_000_000);
  }

  private List<OWLAxiom> representative(OWLDataFactory df, OWLNamedIndividual cancer, DraftStatement statement) {
    List<OWLAxiom> axioms = new ArrayList<>();
    axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.CANCER.owl()), cancer));
    axioms.add(df.getOWLAnnotationAssertionAxiom(df.getRDFSLabel(), cancer.getIRI(),
        df.getOWLLiteral("the population of " + statement.where())));
    OWLNamedIndividual tnm = df.getOWLNamedIndividual(IRI.create(cancer.getIRI() + "-tnm"));
    for (Term term : statement.population()) {
      if (term.kind().equals(TermKind.TNM_CATEGORY)) {
        // "cT3 cN1 cM0 rectal cancer": the categories of one TNM classification of the cancer.
        axioms.addAll(CancerAxioms.classification(df, cancer, tnm));
        axioms.add(CancerAxioms.link(df, tnm, axisOf(term), CancerAxioms.individual(df, term)));
      } else if (term.kind().equals(TermKind.PRIOR_THERAPY)) {
        axioms.add(CancerAxioms.link(df, cancer, Crlm.PREVIOUSLY_TREATED_WITH, CancerAxioms.individual(df, term)));
      } else if (term.kind().equals(TermKind.LINE)) {
        laterLine(df, cancer, term).ifPresent(axioms::add);
      } else if (term.kind().equals(TermKind.FEATURE) || term.kind().equals(TermKind.FEATURE_CLASS)) {
        axioms.addAll(CancerAxioms.biomarker(df, cancer, term, terms));
      } else if (term.isClass()) {
        axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(term.iri())), cancer));
      } else {
        CrlmTerm property = term.kind().equals(TermKind.METASTASIS_SITE) ? Crlm.HAS_METASTASIS_SITE
            : term.kind().equals(TermKind.TIMING_OF_METASTASES) ? Crlm.HAS_METASTASIS_TIMING : Crlm.HAS_RESECTABILITY;
        axioms.add(CancerAxioms.link(df, cancer, property, CancerAxioms.individual(df, term)));
      }
    }
    // A line written in the conditions column is as much about who the patients are.
    statement.other().stream().filter(t -> t.kind().equals(TermKind.LINE))
        .forEach(t -> laterLine(df, cancer, t).ifPresent(axioms::add));
    return axioms;
  }

  /**
   * A later line means some systemic therapy was given before: the cancer falls under the
   * previously treated populations. The first line says nothing the reasoner can use.
   */
  private static java.util.Optional<OWLAxiom> laterLine(OWLDataFactory df, OWLNamedIndividual cancer, Term line) {
    if (Crlm.FIRST_LINE.is(line.iri())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(df.getOWLClassAssertionAxiom(df.getOWLObjectSomeValuesFrom(df.getOWLObjectProperty(
        Crlm.PREVIOUSLY_TREATED_WITH.owl()), df.getOWLClass(Crlm.SYSTEMIC_THERAPY.owl())), cancer));
  }

  /** The property that links a TNM classification to a category of this one's axis. */
  private CrlmTerm axisOf(Term category) {
    return knowledge.isA(category.iri(), Crlm.T_CATEGORY) ? Crlm.HAS_T_CATEGORY
        : knowledge.isA(category.iri(), Crlm.N_CATEGORY) ? Crlm.HAS_N_CATEGORY : Crlm.HAS_M_CATEGORY;
  }

  // ---------------------------------------------------------------------------------------------
  // Logic

  /** The representatives are inconsistent together: find the statements whose population can have no member. */
  private List<Finding> inconsistentPopulations(Draft draft, List<DraftStatement> statements, OWLDataFactory df, Deadline deadline) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      DraftStatement statement = statements.get(i);
      OWLNamedIndividual cancer = df.getOWLNamedIndividual(IRI.create(DRAFT_NS + "statement-" + (i + 1)));
      List<OWLAxiom> alone = new ArrayList<>(draft.axioms());
      alone.addAll(representative(df, cancer, statement));
      boolean consistent = context.reasoner().reason(alone, deadline, "draft '" + draft.name() + "'", s -> s.reasoner().isConsistent());
      if (!consistent) {
        // The terms without which the population can have members are the ones that clash.
        List<String> clashing = new ArrayList<>();
        for (Term term : statement.population()) {
          List<Term> others = new ArrayList<>(statement.population());
          others.remove(term);
          DraftStatement without = new DraftStatement(statement.where(), statement.text(), others, statement.interventions(),
              statement.strength(), statement.thresholds(), statement.liverConditions(), statement.timings(), statement.tests(),
              statement.other());
          List<OWLAxiom> reduced = new ArrayList<>(draft.axioms());
          reduced.addAll(representative(df, cancer, without));
          if (context.reasoner().reason(reduced, deadline, "draft '" + draft.name() + "'", s -> s.reasoner().isConsistent())) {
            clashing.add(term.label());
          }
        }
        findings.add(new Finding(FindingKind.INCONSISTENCY, statement.where(), statement.text(),
            clashing.isEmpty() ? "No cancer can belong to this population: its terms exclude each other in the knowledge base."
                : "No cancer can belong to this population: %s exclude each other in the knowledge base.".formatted(String.join(" and ", clashing)),
            List.of("Population: " + String.join(", ", statement.population().stream().map(Term::label).toList()) + "."),
            List.of(), "Remove the term that contradicts the others, or split the statement into two populations."));
      }
    }
    return findings;
  }

  private Finding unsatisfiable(RequestReasoner.Session session, OWLClass owlClass, String cls, OWLDataFactory df, Draft draft,
      Deadline deadline) {
    deadline.check("checking draft '" + draft.name() + "'");
    Set<OWLAxiom> fromDraft = draft.axioms().stream().map(a -> (OWLAxiom) a.getAxiomWithoutAnnotations()).collect(Collectors.toSet());
    List<String> steps = new ArrayList<>();
    List<EvidenceSource> evidence = new ArrayList<>();
    ProvenanceIndex provenance = context.provenance().get();
    EntailmentExplainer explainer = new EntailmentExplainer(session.asReasoned(), () -> provenance);
    Duration budget = deadline.within(EXPLANATION_BUDGET);
    ExplanationResult result = explainer.explain(df.getOWLSubClassOfAxiom(owlClass, df.getOWLNothing()), 1, budget);
    for (Justification justification : result.justifications()) {
      justification.axioms().forEach(a -> {
        steps.add(a.rendered() + (fromDraft.contains(a.axiom().getAxiomWithoutAnnotations()) ? " (the draft)"
            : a.sources().isEmpty() ? " (definition of the ontology)" : ""));
        evidence.addAll(a.sources());
      });
    }
    if (steps.isEmpty()) {
      steps.add("No minimal set of clashing axioms was found within " + DeadlineExceededException.seconds(budget) + ".");
    }
    String label = terms.isKnown(cls) ? terms.label(cls) : cls.substring(cls.lastIndexOf('/') + 1);
    return new Finding(FindingKind.UNSATISFIABLE_CLASS, "<" + cls + ">", label,
        "The class %s can have no members once the draft is merged with the knowledge base.".formatted(label),
        steps, evidence, "Correct the definition of %s: one of the axioms above states what the others exclude.".formatted(label));
  }

  /** Why the representative cancer is a {@code cls}: the axioms of one justification, each with its best evidence. */
  private List<String> justify(RequestReasoner.Session session, OWLNamedIndividual cancer, String cls, Deadline deadline) {
    List<String> lines = new ArrayList<>();
    for (Justification justification : TypeJustifications.of(session, cancer, cls, context.provenance().get(), deadline,
        "explaining the findings")) {
      justification.axioms().forEach(a -> lines.add("  - " + a.rendered()
          + (a.sources().isEmpty() ? "" : " [" + a.sources().get(0).levelLabel() + ": " + a.sources().get(0).label() + "]")));
    }
    return lines;
  }
}
