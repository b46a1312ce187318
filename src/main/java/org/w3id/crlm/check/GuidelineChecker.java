package org.w3id.crlm.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.w3id.crlm.clinical.AdverseFinding;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.clinical.SourceDisagreement;
import org.w3id.crlm.clinical.Recommendation;
import org.w3id.crlm.clinical.TargetRestriction;
import org.w3id.crlm.clinical.ThresholdRule;
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
  private static final Duration JUSTIFICATION_BUDGET = Duration.ofSeconds(3);

  private final ClinicalContext context;
  private final ClinicalKnowledge knowledge;
  private final TermIndex terms;

  public GuidelineChecker(ClinicalContext context) {
    this.context = context;
    this.knowledge = context.knowledge();
    this.terms = context.terms();
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
        findings.add(new Finding(Finding.Severity.ERROR, "inconsistency", "the draft's axioms", draft.name(),
            "Merged with the knowledge base, the draft's axioms are inconsistent: no world satisfies them all.",
            List.of("An axiom of the draft states the contrary of the knowledge base (for example a disjointness between classes that share members)."),
            List.of(), "Find the axiom of the draft that contradicts the knowledge base and correct or remove it."));
        return report(draft, findings, start);
      }
    }
    findings.addAll(nonAjccCategories(draft));
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
    findings.addAll(disagreements(checked));
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
        Function<String, List<String>> why = explain ? cls -> justify(session, cancer, cls, df, deadline) : cls -> List.of();
        List<Finding> noBenefit = noBenefit(statement, cancerTypes, maxRank, why);
        findings.addAll(noBenefit);
        List<Finding> contradictions = contradictions(statement, cancerTypes, maxRank, noBenefit, why);
        findings.addAll(contradictions);
        List<Finding> earlier = new ArrayList<>(noBenefit);
        earlier.addAll(contradictions);
        findings.addAll(reportedAgainst(statement, cancerTypes, maxRank, earlier, why));
        findings.addAll(thresholds(statement, maxRank));
        findings.addAll(missingTests(statement, cancerTypes, draft, maxRank, why));
        findings.addAll(targetedWithoutBiomarker(statement));
        findings.addAll(investigational(statement));
        findings.addAll(nonAjccCategories(statement));
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
        axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.TNM_CLASSIFICATION.owl()), tnm));
        axioms.add(link(df, cancer, Crlm.HAS_TNM_CLASSIFICATION, tnm));
        axioms.add(link(df, tnm, axisOf(term), df.getOWLNamedIndividual(IRI.create(term.iri()))));
        continue;
      }
      if (term.kind().equals(TermKind.FEATURE_CLASS)) {
        // "HER2-positive", "KRAS mutation": some feature of that kind, variant not said.
        axioms.add(df.getOWLClassAssertionAxiom(df.getOWLObjectSomeValuesFrom(
            df.getOWLObjectProperty(Crlm.HAS_MOLECULAR_FEATURE.owl()), df.getOWLClass(IRI.create(term.iri()))), cancer));
        continue;
      }
      if (term.isClass()) {
        axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(term.iri())), cancer));
        continue;
      }
      CrlmTerm property = term.kind().equals(TermKind.FEATURE) ? Crlm.HAS_MOLECULAR_FEATURE
          : term.kind().equals(TermKind.METASTASIS_SITE) ? Crlm.HAS_METASTASIS_SITE
          : term.kind().equals(TermKind.TIMING_OF_METASTASES) ? Crlm.HAS_METASTASIS_TIMING : Crlm.HAS_RESECTABILITY;
      axioms.addAll(org.w3id.crlm.terms.Variants.axioms(term, terms, df));
      axioms.add(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(property.owl()), cancer,
          df.getOWLNamedIndividual(IRI.create(term.iri()))));
    }
    return axioms;
  }

  private static OWLAxiom link(OWLDataFactory df, OWLNamedIndividual subject, CrlmTerm property, OWLNamedIndividual object) {
    return df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(property.owl()), subject, object);
  }

  /** The property that links a TNM classification to a category of this one's axis. */
  private CrlmTerm axisOf(Term category) {
    return knowledge.isA(category.iri(), Crlm.T_CATEGORY) ? Crlm.HAS_T_CATEGORY
        : knowledge.isA(category.iri(), Crlm.N_CATEGORY) ? Crlm.HAS_N_CATEGORY : Crlm.HAS_M_CATEGORY;
  }

  // ---------------------------------------------------------------------------------------------
  // Categories of another standard than AJCC 8th

  /** A TNM category of the statement's population that AJCC 8th does not define: said, never silently mapped. */
  private List<Finding> nonAjccCategories(DraftStatement statement) {
    List<Finding> findings = new ArrayList<>();
    for (Term term : statement.population()) {
      if (term.kind().equals(TermKind.TNM_CATEGORY) && knowledge.isA(term.iri(), Crlm.NON_AJCC_CATEGORY)) {
        findings.add(nonAjcc(statement.where(), statement.text(), term.label()));
      }
    }
    return findings;
  }

  /** The categories of another standard that a Turtle draft's own axioms name. */
  private List<Finding> nonAjccCategories(Draft draft) {
    Set<String> named = new TreeSet<>();
    draft.axioms().forEach(axiom -> axiom.signature().forEach(entity -> named.add(entity.getIRI().toString())));
    return named.stream().filter(iri -> knowledge.isA(iri, Crlm.NON_AJCC_CATEGORY))
        .map(iri -> nonAjcc("the draft's axioms", draft.name(), terms.label(iri))).toList();
  }

  private Finding nonAjcc(String where, String statement, String written) {
    String warning = context.tnmParser().warning(written).orElse(written + " is not an AJCC 8th edition category.");
    return new Finding(Finding.Severity.WARNING, "non-ajcc-category", where, statement, warning,
        List.of("The knowledge base types %s as a category of another standard (crlm:NonAJCCCategory), not of AJCC 8th.".formatted(written)),
        List.of(), "Keep %s if the statement is meant for that standard's categories; for AJCC 8th staging write the AJCC category it subdivides."
            .formatted(written));
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
        findings.add(new Finding(Finding.Severity.ERROR, "inconsistency", statement.where(), statement.text(),
            clashing.isEmpty() ? "No cancer can belong to this population: its terms exclude each other in the knowledge base."
                : "No cancer can belong to this population: %s exclude each other in the knowledge base.".formatted(String.join(" and ", clashing)),
            List.of("Population: " + statementPopulation(statement) + "."),
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
    return new Finding(Finding.Severity.ERROR, "unsatisfiable-class", "<" + cls + ">", label,
        "The class %s can have no members once the draft is merged with the knowledge base.".formatted(label),
        steps, evidence, "Correct the definition of %s: one of the axioms above states what the others exclude.".formatted(label));
  }

  // ---------------------------------------------------------------------------------------------
  // Statement against evidence

  private Set<String> agentsOf(DraftStatement statement) {
    Set<String> agents = new LinkedHashSet<>();
    for (Term intervention : statement.interventions()) {
      if (intervention.isClass()) {
        knowledge.instancesOf(intervention.iri()).forEach(i -> agents.addAll(knowledge.agentsOf(i)));
      } else {
        agents.addAll(knowledge.agentsOf(intervention.iri()));
      }
    }
    return agents;
  }

  private Set<String> interventionIris(DraftStatement statement) {
    Set<String> iris = new LinkedHashSet<>();
    for (Term intervention : statement.interventions()) {
      if (intervention.isClass()) {
        iris.addAll(knowledge.instancesOf(intervention.iri()));
      } else {
        iris.add(intervention.iri());
      }
    }
    return iris;
  }

  private List<EvidenceSource> within(List<EvidenceSource> sources, int maxRank) {
    return sources.stream().filter(s -> s.levelRank() > 0 && s.levelRank() <= maxRank).toList();
  }

  private String statementPopulation(DraftStatement statement) {
    return String.join(", ", statement.population().stream().map(Term::label).toList());
  }

  /**
   * Whether the statement's combination has evidence of benefit of its own in the population,
   * from within {@code cls} (see {@link ClinicalKnowledge#benefitWithin}).
   */
  private boolean hasOwnBenefit(DraftStatement statement, Set<String> cancerTypes, String cls) {
    Set<String> agents = agentsOf(statement);
    return knowledge.benefitWithin(cancerTypes, cls).stream()
        .anyMatch(regimen -> interventionIris(statement).contains(regimen)
            || (!agents.isEmpty() && knowledge.agentsOf(regimen).equals(agents)));
  }

  private List<Finding> noBenefit(DraftStatement statement, Set<String> cancerTypes, int maxRank,
      Function<String, List<String>> why) {
    if (statement.advisesAgainst()) {
      return List.of();
    }
    Set<String> agents = agentsOf(statement);
    Map<String, List<TargetRestriction>> byAgent = new LinkedHashMap<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(cancerTypes, ClinicalKnowledge.NO_BENEFIT)) {
      if (hasOwnBenefit(statement, cancerTypes, restriction.cancerClass())) {
        continue;
      }
      for (String agent : agents) {
        if (knowledge.targetsOf(agent).contains(restriction.value())) {
          byAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(restriction);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    byAgent.forEach((agent, restrictions) -> {
      List<String> steps = new ArrayList<>();
      List<EvidenceSource> evidence = new ArrayList<>();
      for (TargetRestriction r : restrictions) {
        List<EvidenceSource> sources = within(context.provenance().get().sourcesOf(r.axiom()), maxRank);
        if (sources.isEmpty()) {
          continue;
        }
        steps.add("The population (%s) is a %s.".formatted(statementPopulation(statement), terms.label(r.cancerClass())));
        steps.addAll(why.apply(r.cancerClass()));
        steps.add("%s gains no benefit from agents targeting %s.".formatted(terms.label(r.cancerClass()), terms.label(r.value())));
        evidence.addAll(sources);
      }
      if (steps.isEmpty()) {
        return;
      }
      steps.add("%s targets %s (%s).".formatted(terms.label(agent),
          String.join(", ", knowledge.targetsOf(agent).stream().map(terms::label).toList()), terms.label(Crlm.GENERAL_PHARMACOLOGY.iri())));
      findings.add(new Finding(Finding.Severity.ERROR, "no-benefit", statement.where(), statement.text(),
          "The draft recommends %s for a population that the evidence says gains no benefit from it.".formatted(terms.label(agent)),
          steps, distinct(evidence),
          "Do not recommend %s for this population; restrict the recommendation to a population in which the evidence shows benefit."
              .formatted(terms.label(agent)), Set.of(agent)));
    });
    return findings;
  }

  /**
   * Evidence items (claims of one sentence, not axioms) that report no benefit, resistance or
   * harm of the statement's intervention in one of its population's classes: New EPOC's harm from
   * cetuximab added to perioperative chemotherapy, the failure of a BRAF inhibitor alone. The
   * item must be about the same intervention, the same combination, or a kind of agent that the
   * statement's single agent is; a warning, or an error when the item is of guideline or
   * randomized-trial level.
   */
  private List<Finding> reportedAgainst(DraftStatement statement, Set<String> cancerTypes, int maxRank, List<Finding> earlier,
      Function<String, List<String>> why) {
    if (statement.advisesAgainst()) {
      return List.of();
    }
    // The terms as written: a kind of intervention in the draft (hepatectomy) is not answerable
    // for what a source reports of one of its kinds (ALPPS).
    Set<String> draftInterventions = statement.interventions().stream().map(Term::iri).collect(Collectors.toSet());
    Set<String> draftAgents = agentsOf(statement);
    // What the statement's other findings already say about an intervention is not said again.
    Set<String> flagged = earlier.stream().flatMap(f -> f.interventions().stream()).collect(Collectors.toSet());
    record Key(Set<String> interventions, String what) {}
    Map<Key, List<AdverseFinding>> items = new LinkedHashMap<>();
    Map<Key, String> populations = new LinkedHashMap<>();
    for (AdverseFinding item : knowledge.adverseFindings()) {
      String population = item.populations().stream().filter(cancerTypes::contains).sorted().findFirst().orElse(null);
      // A combination's own evidence answers a report only when it comes from within the report's population.
      if (population == null || hasOwnBenefit(statement, cancerTypes, population)) {
        continue;
      }
      Set<String> matched = new TreeSet<>();
      for (String intervention : item.interventions()) {
        boolean single = statement.interventions().size() == 1 && !statement.interventions().get(0).isClass();
        if (draftInterventions.contains(intervention)
            || (single && terms.ancestorsOf(statement.interventions().get(0).iri()).contains(intervention))
            || (!draftAgents.isEmpty() && knowledge.agentsOf(intervention).equals(draftAgents) && draftAgents.size() > 1)) {
          matched.add(intervention);
        }
      }
      if (matched.isEmpty() || matched.stream().allMatch(m -> said(m, draftAgents, flagged))) {
        continue;
      }
      String what = Crlm.HARM.is(item.significance()) ? "harm" : "no benefit";
      Key key = new Key(matched, what);
      items.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      populations.putIfAbsent(key, population);
    }
    List<Finding> findings = new ArrayList<>();
    items.forEach((key, found) -> {
      List<EvidenceSource> sources = distinct(within(context.provenance().get().sourcesOfItems(
          found.stream().map(AdverseFinding::item).toList()), maxRank));
      if (sources.isEmpty()) {
        return;
      }
      String population = populations.get(key);
      boolean strong = sources.get(0).levelRank() <= 2;
      String interventions = String.join(", ", key.interventions().stream().map(terms::label).toList());
      List<String> steps = new ArrayList<>();
      steps.add("The population (%s) is a %s.".formatted(statementPopulation(statement), terms.label(population)));
      steps.addAll(why.apply(population));
      found.stream().map(AdverseFinding::label).distinct().forEach(label ->
          steps.add("A source reports %s of %s there: %s.".formatted(key.what().equals("harm") ? "harm" : "no benefit or resistance",
              interventions, label)));
      findings.add(new Finding(strong ? Finding.Severity.ERROR : Finding.Severity.WARNING,
          key.what().equals("harm") ? "harm" : "no-benefit", statement.where(), statement.text(),
          "The evidence reports %s of %s in this population.".formatted(key.what().equals("harm") ? "harm" : "no benefit or resistance",
              interventions), steps, sources,
          "Weigh the sources below: drop %s from the recommendation, narrow its population, or cite evidence that outweighs them."
              .formatted(interventions), key.interventions()));
    });
    return findings;
  }

  /**
   * Whether other findings already speak of {@code intervention}: of it, or, for a kind of agent
   * (EGFR inhibitor), of each of the statement's agents of that kind.
   */
  private boolean said(String intervention, Set<String> draftAgents, Set<String> flagged) {
    if (flagged.contains(intervention)) {
      return true;
    }
    List<String> ofKind = draftAgents.stream().filter(a -> terms.ancestorsOf(a).contains(intervention)).toList();
    return !ofKind.isEmpty() && flagged.containsAll(ofKind);
  }

  private List<Finding> contradictions(DraftStatement statement, Set<String> cancerTypes, int maxRank, List<Finding> noBenefit,
      Function<String, List<String>> why) {
    List<Finding> findings = new ArrayList<>();
    Set<String> draftInterventions = interventionIris(statement);
    Set<String> draftAgents = agentsOf(statement);
    Set<String> draftTimings = statement.timings().stream().map(Term::iri).collect(Collectors.toSet());
    for (Recommendation rec : knowledge.recommendations()) {
      if (!cancerTypes.contains(rec.population()) || rec.advisesAgainst() == statement.advisesAgainst()) {
        continue;
      }
      Set<String> overlap = new TreeSet<>();
      for (String intervention : rec.interventions()) {
        if (draftInterventions.contains(intervention) || (rec.advisesAgainst() && draftAgents.contains(intervention))) {
          overlap.add(intervention);
        }
      }
      if (overlap.isEmpty()) {
        continue;
      }
      if (rec.advisesAgainst() && (!noBenefit.isEmpty() || hasOwnBenefit(statement, cancerTypes, rec.population()))) {
        continue;  // already reported, with the axiom the recommendation rests on
      }
      // Advising against an intervention at a stated time, or where the knowledge base itself
      // advises against it for this population, narrows a general recommendation rather than
      // contradicting it.
      if (!rec.advisesAgainst() && (!draftTimings.isEmpty() || advisedAgainstByKnowledgeBase(overlap, cancerTypes))) {
        continue;
      }
      boolean timed = !rec.timings().isEmpty();
      if (timed && !draftTimings.isEmpty() && rec.timings().stream().noneMatch(draftTimings::contains)) {
        continue;
      }
      List<EvidenceSource> sources = within(context.provenance().get().sourcesOfItems(rec.evidence()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      String interventions = String.join(", ", overlap.stream().map(terms::label).toList());
      String timing = timed ? " " + String.join(", ", rec.timings().stream().map(terms::label).toList()) : "";
      Finding.Severity severity = timed && draftTimings.isEmpty() ? Finding.Severity.WARNING
          : rec.advisesAgainst() || Crlm.STRONG_RECOMMENDATION.is(rec.strength()) ? Finding.Severity.ERROR : Finding.Severity.WARNING;
      List<String> steps = new ArrayList<>();
      steps.add("The population (%s) is a %s.".formatted(statementPopulation(statement), terms.label(rec.population())));
      steps.addAll(why.apply(rec.population()));
      steps.add("For %s the knowledge base holds: %s [%s].".formatted(terms.label(rec.population()), rec.label(), terms.label(rec.strength())));
      String kind = timed ? "timing" : "contradicts-recommendation";
      String message = rec.advisesAgainst()
          ? (timed && draftTimings.isEmpty()
              ? "The draft recommends %s without saying when; the evidence advises against it%s for this population.".formatted(interventions, timing)
              : "The draft recommends %s%s where the evidence advises against it.".formatted(interventions, timing))
          : "The draft advises against %s, which the evidence recommends for this population.".formatted(interventions);
      String fix = rec.advisesAgainst()
          ? (timed ? "Do not recommend %s%s for this population; state a timing the evidence supports.".formatted(interventions, timing)
              : "Remove %s from this recommendation, or change it to avoid.".formatted(interventions))
          : "Reconsider the recommendation against %s, or cite evidence that outweighs the source below.".formatted(interventions);
      findings.add(new Finding(severity, kind, statement.where(), statement.text(), message, steps, sources, fix, overlap));
    }
    return merged(findings);
  }

  /** Findings that say the same of the same statement, on different recommendations, as one with all the reasons. */
  private static List<Finding> merged(List<Finding> findings) {
    Map<String, Finding> byMessage = new LinkedHashMap<>();
    for (Finding f : findings) {
      byMessage.merge(f.kind() + "|" + f.message(), f, (a, b) -> {
        List<String> steps = new ArrayList<>(a.explanation());
        b.explanation().stream().filter(step -> !steps.contains(step)).forEach(steps::add);
        List<EvidenceSource> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        Set<String> interventions = new TreeSet<>(a.interventions());
        interventions.addAll(b.interventions());
        return new Finding(a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity(), a.kind(), a.where(),
            a.statement(), a.message(), steps, distinct(evidence), a.fix(), interventions);
      });
    }
    return List.copyOf(byMessage.values());
  }

  private String unit(ThresholdRule rule) {
    return rule.unit() == null ? "" : Crlm.PERCENT.is(rule.unit()) ? "%" : " " + terms.label(rule.unit());
  }

  private boolean advisedAgainstByKnowledgeBase(Set<String> interventions, Set<String> cancerTypes) {
    return knowledge.recommendations().stream().anyMatch(r -> r.advisesAgainst() && cancerTypes.contains(r.population())
        && r.interventions().stream().anyMatch(interventions::contains));
  }

  private List<Finding> thresholds(DraftStatement statement, int maxRank) {
    List<Finding> findings = new ArrayList<>();
    Set<String> liver = statement.liverConditions().stream().map(Term::iri).collect(Collectors.toSet());
    for (DraftStatement.Threshold written : statement.thresholds()) {
      for (ThresholdRule rule : knowledge.thresholdRules()) {
        if (!rule.quantity().equals(written.quantity().iri())) {
          continue;
        }
        boolean applies = rule.liverConditions().isEmpty() || rule.liverConditions().stream().anyMatch(liver::contains);
        boolean unstated = !applies && liver.isEmpty();
        if (!applies && !unstated) {
          continue;
        }
        // Compare in the rule's unit: a percentage written as a fraction (0.4) is read as one; a
        // bound in another unit (200 mL) cannot be compared and says so.
        DraftStatement.Threshold threshold = written;
        boolean percent = rule.unit() != null && Crlm.PERCENT.is(rule.unit());
        if (percent && written.unit().isEmpty() && written.value().compareTo(java.math.BigDecimal.ONE) <= 0
            && written.value().signum() > 0) {
          threshold = new DraftStatement.Threshold(written.quantity(), written.comparator(),
              written.value().movePointRight(2), "%");
        } else if (percent && !written.unit().isEmpty() && !written.unit().equals("%")) {
          List<EvidenceSource> sources = within(context.provenance().get().sourcesOfItems(rule.evidence()), maxRank);
          findings.add(new Finding(Finding.Severity.WARNING, "threshold", statement.where(), statement.text(),
              "The draft gives %s in %s; the evidence gives it as a percentage, so the two cannot be compared."
                  .formatted(written.quantity().label(), written.unit()),
              List.of("Rule of the knowledge base: " + rule.label() + "."), sources,
              "State the threshold as a percentage (%s).".formatted(rule.label())));
          continue;
        }
        String violation = null;
        if (threshold.isLowerBound() && rule.lowerBound() != null && threshold.value().compareTo(rule.lowerBound()) < 0) {
          violation = "allows %s, below the %s%s the evidence requires".formatted(threshold, rule.lowerBound().stripTrailingZeros().toPlainString(), unit(rule));
        } else if (threshold.isUpperBound() && rule.upperBound() != null && threshold.value().compareTo(rule.upperBound()) > 0) {
          violation = "allows %s, above the %s%s the evidence allows".formatted(threshold, rule.upperBound().stripTrailingZeros().toPlainString(), unit(rule));
        }
        if (violation == null) {
          continue;
        }
        List<EvidenceSource> sources = within(context.provenance().get().sourcesOfItems(rule.evidence()), maxRank);
        if (sources.isEmpty()) {
          continue;
        }
        String conditions = String.join(", ", rule.liverConditions().stream().map(terms::label).toList());
        findings.add(new Finding(unstated ? Finding.Severity.WARNING : Finding.Severity.ERROR, "threshold", statement.where(),
            statement.text(),
            unstated ? "The draft's threshold (%s) is stated for every liver, but in %s it %s.".formatted(threshold, conditions, violation)
                : "The draft's threshold %s.".formatted(violation),
            List.of("Rule of the knowledge base: " + rule.label() + "."),
            sources,
            unstated ? "State the liver condition the threshold is for, and give %s its own threshold.".formatted(conditions)
                : "Change the threshold to the one the evidence gives (%s).".formatted(rule.label())));
      }
    }
    return findings;
  }

  private List<Finding> missingTests(DraftStatement statement, Set<String> cancerTypes, Draft draft, int maxRank,
      Function<String, List<String>> why) {
    if (statement.advisesAgainst()) {
      return List.of();
    }
    Set<String> draftAgents = agentsOf(statement);
    Set<String> draftInterventions = interventionIris(statement);
    Set<String> testedGenes = new TreeSet<>();
    statement.population().forEach(t -> {
      testedGenes.addAll(knowledge.genesOf(t.iri()));
      org.w3id.crlm.terms.Variants.geneOf(t, terms).ifPresent(testedGenes::add);
    });
    Set<String> testsInDraft = new TreeSet<>();
    statement.tests().forEach(t -> testsInDraft.add(t.iri()));
    for (DraftStatement other : draft.statements()) {
      if (!other.advisesAgainst()) {
        other.interventions().forEach(t -> testsInDraft.add(t.iri()));
        other.tests().forEach(t -> testsInDraft.add(t.iri()));
      }
    }
    // One finding per test, on the strongest recommendation that requires it.
    Map<String, Finding> byTest = new LinkedHashMap<>();
    for (Recommendation rec : knowledge.recommendations()) {
      if (rec.tests().isEmpty() || rec.advisesAgainst() || !cancerTypes.contains(rec.population())) {
        continue;
      }
      Set<String> needing = new TreeSet<>();
      for (String cls : rec.interventionClasses()) {
        knowledge.instancesOf(cls).forEach(i -> {
          if (draftAgents.contains(i) || draftInterventions.contains(i)) {
            needing.add(i);
          }
        });
      }
      for (String test : rec.tests()) {
        // A population defined by a biomarker has had the test of that biomarker's gene; a test
        // named for no gene (molecular profiling) by any biomarker.
        boolean statesFeature = statement.population().stream()
            .anyMatch(t -> t.kind().equals(TermKind.FEATURE) || t.kind().equals(TermKind.FEATURE_CLASS));
        boolean done = testsInDraft.contains(test)
            || knowledge.genesTestedBy(test).stream().anyMatch(testedGenes::contains)
            || (knowledge.genesTestedBy(test).isEmpty() && statesFeature);
        if (needing.isEmpty() || done) {
          continue;
        }
        List<EvidenceSource> sources = within(context.provenance().get().sourcesOfItems(rec.evidence()), maxRank);
        if (sources.isEmpty()) {
          continue;
        }
        Finding candidate = new Finding(
            Crlm.STRONG_RECOMMENDATION.is(rec.strength()) && sources.get(0).levelRank() <= 2 ? Finding.Severity.ERROR : Finding.Severity.WARNING,
            "missing-test", statement.where(), statement.text(),
            "The draft recommends %s without requiring %s first.".formatted(
                String.join(", ", needing.stream().map(terms::label).toList()), terms.label(test)),
            concat(List.of("The population (%s) is a %s.".formatted(statementPopulation(statement), terms.label(rec.population()))),
                why.apply(rec.population()),
                List.of("For %s the knowledge base holds: %s [%s].".formatted(terms.label(rec.population()), rec.label(), terms.label(rec.strength())))),
            sources,
            "Add '%s' to the conditions of this row (for example: after %s), or add a row recommending %s first."
                .formatted(terms.label(test), terms.label(test), terms.label(test)));
        byTest.merge(test, candidate, (a, b) -> b.severity().compareTo(a.severity()) < 0
            || (b.severity() == a.severity() && b.evidence().get(0).levelRank() < a.evidence().get(0).levelRank()) ? b : a);
      }
    }
    return List.copyOf(byTest.values());
  }

  /**
   * An agent made for a molecular alteration (a variant such as KRAS G12C or BRAF V600E, or a gene
   * product that tumours amplify, such as HER2) recommended for a population that does not say the
   * tumour has it: the alteration must be tested for and found first.
   */
  private List<Finding> targetedWithoutBiomarker(DraftStatement statement) {
    if (statement.advisesAgainst()) {
      return List.of();
    }
    Set<String> stated = new TreeSet<>();
    Set<String> statedGenes = new TreeSet<>();
    for (Term term : statement.population()) {
      stated.add(term.iri());
      stated.addAll(terms.ancestorsOf(term.iri()));
      statedGenes.addAll(knowledge.genesOf(term.iri()));
      org.w3id.crlm.terms.Variants.geneOf(term, terms).ifPresent(statedGenes::add);
      if (term.kind().equals(TermKind.FEATURE_CLASS) || term.isClass()) {
        // "HER2-positive", "BRAF V600E-mutant colorectal cancer": the class names its alteration.
        knowledge.featuresOfClass(term.iri()).forEach(f -> {
          stated.add(f);
          statedGenes.addAll(knowledge.genesOf(f));
        });
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (String agent : agentsOf(statement)) {
      for (String target : knowledge.targetsOf(agent)) {
        boolean variant = knowledge.isA(target, Crlm.SEQUENCE_VARIANT);
        boolean alteredGene = !variant && knowledge.isA(target, Crlm.GENE) && knowledge.hasAmplification(target);
        if ((variant && !stated.contains(target)) || (alteredGene && !statedGenes.contains(target))) {
          findings.add(new Finding(Finding.Severity.WARNING, "missing-biomarker", statement.where(), statement.text(),
              "The draft recommends %s, which acts on %s, for a population that does not say the tumour has %s."
                  .formatted(terms.label(agent), terms.label(target), variant ? "it" : "an alteration of it"),
              List.of("%s targets %s (%s).".formatted(terms.label(agent), terms.label(target), terms.label(Crlm.GENERAL_PHARMACOLOGY.iri())),
                  "The population (%s) does not state %s.".formatted(statementPopulation(statement), terms.label(target))),
              List.of(), "Restrict the recommendation to tumours with %s, found by testing first.".formatted(terms.label(target))));
        }
      }
    }
    return findings;
  }

  /** An investigational agent recommended outside a trial. */
  private List<Finding> investigational(DraftStatement statement) {
    if (statement.advisesAgainst() || Crlm.CONSIDER.is(statement.strength().iri())) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (String agent : agentsOf(statement)) {
      if (knowledge.isA(agent, Crlm.INVESTIGATIONAL_AGENT)) {
        findings.add(new Finding(Finding.Severity.WARNING, "investigational", statement.where(), statement.text(),
            "The draft recommends %s, which the knowledge base records as investigational (not approved).".formatted(terms.label(agent)),
            List.of("%s is an investigational agent.".formatted(terms.label(agent))), List.of(),
            "Recommend %s only within a clinical trial, or with strength consider.".formatted(terms.label(agent))));
      }
    }
    return findings;
  }

  // ---------------------------------------------------------------------------------------------
  // Sources that disagree on the draft's biomarkers

  private List<Finding> disagreements(List<DraftStatement> statements) {
    Map<String, Set<String>> genesByWhere = new LinkedHashMap<>();
    for (DraftStatement statement : statements) {
      for (Term term : statement.population()) {
        // A mutation of a gene makes how common that gene's mutations are relevant; a wild-type status does not.
        if (term.kind().equals(TermKind.FEATURE) && !knowledge.isA(term.iri(), Crlm.SEQUENCE_VARIANT)
            && !org.w3id.crlm.terms.Variants.isNew(term)) {
          continue;
        }
        Set<String> genes = new TreeSet<>(knowledge.genesOf(term.iri()));
        org.w3id.crlm.terms.Variants.geneOf(term, terms).ifPresent(genes::add);
        if (!genes.isEmpty()) {
          genesByWhere.computeIfAbsent(statement.where(), k -> new TreeSet<>()).addAll(genes);
        }
      }
    }
    if (genesByWhere.isEmpty()) {
      return List.of();
    }
    ProvenanceIndex provenance = context.provenance().get();
    List<Finding> findings = new ArrayList<>();
    for (SourceDisagreement disagreement : knowledge.disagreements()) {
      Set<String> featureGenes = knowledge.genesOf(disagreement.feature());
      List<String> rows = genesByWhere.entrySet().stream()
          .filter(e -> e.getValue().stream().anyMatch(featureGenes::contains)).map(Map.Entry::getKey).toList();
      if (rows.isEmpty()) {
        continue;
      }
      String feature = terms.label(disagreement.feature());
      findings.add(new Finding(Finding.Severity.WARNING, "source-disagreement", String.join(", ", rows),
          "population with " + feature,
          "The sources of the knowledge base disagree on how common %s is.".formatted(feature),
          disagreement.claims().stream().map(l -> "One source: " + l + ".").toList(),
          distinct(provenance.sourcesOfItems(disagreement.evidence())),
          "If the draft states a figure for %s, cite the sources that disagree, or give the range they span.".formatted(feature)));
    }
    return findings;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  /** Why the representative cancer is a {@code cls}: the axioms of one justification, each with its best evidence. */
  private List<String> justify(RequestReasoner.Session session, OWLNamedIndividual cancer, String cls, OWLDataFactory df,
      Deadline deadline) {
    deadline.check("explaining the findings");
    ProvenanceIndex provenance = context.provenance().get();
    ExplanationResult result = new EntailmentExplainer(session.asReasoned(), () -> provenance)
        .explain(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(cls)), cancer), 1, deadline.within(JUSTIFICATION_BUDGET));
    List<String> lines = new ArrayList<>();
    for (Justification justification : result.justifications()) {
      justification.axioms().forEach(a -> lines.add("  - " + a.rendered()
          + (a.sources().isEmpty() ? "" : " [" + a.sources().get(0).levelLabel() + ": " + a.sources().get(0).label() + "]")));
    }
    return lines;
  }

  private static List<EvidenceSource> distinct(List<EvidenceSource> sources) {
    Map<String, EvidenceSource> byItem = new LinkedHashMap<>();
    sources.forEach(s -> byItem.putIfAbsent(s.item(), s));
    return byItem.values().stream().sorted(Comparator.comparingInt(EvidenceSource::levelRank)).toList();
  }

}
