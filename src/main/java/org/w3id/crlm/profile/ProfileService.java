package org.w3id.crlm.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectSomeValuesFrom;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.clinical.CancerAxioms;
import org.w3id.crlm.clinical.ClinicalKnowledge;
import org.w3id.crlm.clinical.TypeJustifications;
import org.w3id.crlm.clinical.ClinicalStudy;
import org.w3id.crlm.clinical.Recommendation;
import org.w3id.crlm.clinical.TargetRestriction;
import org.w3id.crlm.explain.EvidenceSource;
import org.w3id.crlm.explain.ProvenanceIndex;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.reasoning.RequestReasoner;
import org.w3id.crlm.terms.Term;
import org.w3id.crlm.terms.TermIndex;

/**
 * Answers a patient profile. The profile becomes a patient, a cancer and a TNM classification
 * added to the knowledge base; HermiT, on a reasoner of the request's own, finds the cancer's
 * classes (its populations: KRAS-mutant colorectal cancer, rectal cancer with liver metastases
 * ...) and the classification's stage groups. Everything else follows from those classes and
 * the classified knowledge base: the recommendations whose population the cancer falls in; the
 * agents of no benefit, through the axioms "cancers of class C gain no benefit from agents
 * targeting T" on the cancer's classes and the agents that target T (the two links of the
 * property chain that defines has contraindicated agent); the regimens with evidence of benefit;
 * the agents that target one of its biomarkers; the trials that enrolled its populations. Each
 * answer carries the axiom or record it rests on and that one's evidence.
 */
public final class ProfileService {
  private static final String PROFILE_NS = Crlm.NS + "profile/";

  private final RequestReasoner reasoner;
  private final ClinicalKnowledge knowledge;
  private final Supplier<ProvenanceIndex> provenance;

  public ProfileService(org.w3id.crlm.clinical.ClinicalContext context) {
    this.reasoner = context.reasoner();
    this.knowledge = context.knowledge();
    this.provenance = context.provenance();
  }

  /**
   * @param maxRank the weakest evidence level to rest an answer on (1 guideline ... 6 expert opinion)
   * @param limit the time the answer may take
   */
  public ProfileAnswer answer(PatientProfile profile, int maxRank, Duration limit) {
    return answer(profile, maxRank, limit, false);
  }

  /** Answers {@code profile} within {@code limit} from now. */
  public ProfileAnswer answer(PatientProfile profile, int maxRank, Duration limit, boolean explain) {
    try (Deadline deadline = Deadline.after(limit)) {
      return answer(profile, maxRank, deadline, explain);
    }
  }

  /**
   * @param explain whether each "the tumour is a C" behind an agent of no benefit or of benefit is
   *     backed by its justification (owlexplanation over the request's reasoner), with evidence
   */
  public ProfileAnswer answer(PatientProfile profile, int maxRank, Deadline deadline, boolean explain) {
    long start = System.nanoTime();
    Individuals individuals = individuals(profile);
    List<OWLAxiom> axioms = axioms(profile, individuals);
    Types types = reasoner.reason(axioms, deadline, "profile '" + profile.id() + "'", session -> {
      if (!session.reasoner().isConsistent()) {
        return null;
      }
      Types found = typesOf(session, profile, individuals);
      if (!explain) {
        return found;
      }
      Map<String, List<PopulationStep>> justifications = new LinkedHashMap<>();
      Set<String> classes = new TreeSet<>();
      knowledge.restrictionsOn(found.cancer(), ClinicalKnowledge.NO_BENEFIT).forEach(r -> classes.add(r.cancerClass()));
      knowledge.restrictionsOn(found.cancer(), ClinicalKnowledge.BENEFIT).forEach(r -> classes.add(r.cancerClass()));
      for (String cls : classes) {
        List<PopulationStep> steps = new ArrayList<>();
        TypeJustifications.of(session, individuals.cancer(), cls, provenance.get(), deadline, "explaining profile '" + profile.id() + "'")
            .forEach(j -> j.axioms().forEach(a -> steps.add(new PopulationStep(a.rendered(), a.words(), a.sources()))));
        justifications.put(cls, List.copyOf(steps));
      }
      return new Types(found.cancer(), found.tnm(), justifications);
    });
    if (types == null) {
      throw contradiction(profile, axioms, deadline);
    }
    return answerFrom(profile, types, maxRank, start);
  }

  /** A profile's answer, or why it has none (a contradiction, a vocabulary error), for a cohort. */
  public record Outcome(PatientProfile profile, ProfileAnswer answer, CrlmException error) {}

  /**
   * Answers several profiles with one reasoner: their axioms are independent (each profile's
   * individuals are its own), so one HermiT over the knowledge base and all of them finds each
   * one's types as a reasoner of its own would, and its fixed cost is shared. Only each profile's
   * own individuals are asked about; nothing is realized. If the profiles together are
   * inconsistent (one of them contradicts the knowledge base), each is answered alone, so that the
   * contradiction is reported for its profile and the others are answered. The profiles' ids must
   * differ. The answers are the ones {@link #answer} gives, without justifications.
   */
  public List<Outcome> answerAll(List<PatientProfile> profiles, int maxRank, Deadline deadline) {
    long start = System.nanoTime();
    Set<String> ids = new java.util.HashSet<>();
    for (PatientProfile profile : profiles) {
      if (!ids.add(profile.id())) {
        throw new IllegalArgumentException("Two profiles of one batch have the id '" + profile.id() + "'.");
      }
    }
    List<Individuals> individuals = profiles.stream().map(ProfileService::individuals).toList();
    List<OWLAxiom> axioms = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      axioms.addAll(axioms(profiles.get(i), individuals.get(i)));
    }
    List<Types> types = reasoner.reasonAboutIndividuals(axioms, deadline, "a batch of " + profiles.size() + " profiles", session -> {
      if (!session.reasoner().isConsistent()) {
        return null;
      }
      List<Types> found = new ArrayList<>();
      for (int i = 0; i < profiles.size(); i++) {
        found.add(typesOf(session, profiles.get(i), individuals.get(i)));
      }
      return found;
    });
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      PatientProfile profile = profiles.get(i);
      try {
        outcomes.add(new Outcome(profile, types == null ? answer(profile, maxRank, deadline, false)
            : answerFrom(profile, types.get(i), maxRank, start), null));
      } catch (CrlmException e) {
        if (e instanceof org.w3id.crlm.DeadlineExceededException) {
          throw e;
        }
        outcomes.add(new Outcome(profile, null, e));
      }
    }
    return outcomes;
  }

  /** The individuals a profile adds: its cancer and its TNM classification. */
  private record Individuals(String base, OWLNamedIndividual cancer, OWLNamedIndividual tnm) {}

  private static Individuals individuals(PatientProfile profile) {
    OWLDataFactory df = OWLManager.getOWLDataFactory();
    String base = PROFILE_NS + profile.id().replaceAll("[^A-Za-z0-9._-]", "_") + "/";
    return new Individuals(base, df.getOWLNamedIndividual(IRI.create(base + "cancer")), df.getOWLNamedIndividual(IRI.create(base + "tnm")));
  }

  private List<OWLAxiom> axioms(PatientProfile profile, Individuals individuals) {
    return axioms(profile, OWLManager.getOWLDataFactory(), individuals.base(), individuals.cancer(), individuals.tnm());
  }

  /** What the reasoner says a profile's cancer and TNM classification are. */
  private record Types(Set<String> cancer, Set<String> tnm, Map<String, List<PopulationStep>> justifications) {}

  private static Types typesOf(RequestReasoner.Session session, PatientProfile profile, Individuals individuals) {
    Set<String> cancerTypes = session.reasoner().getTypes(individuals.cancer(), false).entities().map(c -> c.getIRI().toString())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    Set<String> tnmTypes = !staged(profile) ? Set.<String>of()
        : session.reasoner().getTypes(individuals.tnm(), false).entities().map(c -> c.getIRI().toString())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    return new Types(cancerTypes, tnmTypes, Map.of());
  }

  private CrlmException contradiction(PatientProfile profile, List<OWLAxiom> axioms, Deadline deadline) {
    return new CrlmException(ErrorCode.CONTRADICTION, ("Profile '%s' contradicts the knowledge base: no patient can have all of its values. %s"
        + " Correct or remove one of them.").formatted(profile.id(), clash(axioms, deadline, profile.id())));
  }

  /** The answer that follows from a profile's types and the classified knowledge base. */
  private ProfileAnswer answerFrom(PatientProfile profile, Types types, int maxRank, long start) {
    TermIndex terms = knowledge.terms();
    Map<String, ProfileEntry> excluded = excludedByAdverseEvents(profile);
    Set<String> given = new TreeSet<>();
    profile.priorTherapies().forEach(t -> given.add(t.iri()));
    // The agents of no benefit and, for each, the combinations its own evidence exempts.
    Map<String, Set<String>> noBenefitAgents = new LinkedHashMap<>();
    List<ProfileEntry> noBenefit = noBenefit(types.cancer(), maxRank, types.justifications(), noBenefitAgents);
    Recommendations recommendations = recommendations(types.cancer(), maxRank, excluded.keySet(), given, noBenefitAgents);
    TargetedAgents targeted = targetedAgents(profile);
    return new ProfileAnswer(profile.id(), maxRank, profile.warnings(), profile.ecog(),
        labelled(profile.priorTherapies().stream().map(Term::iri).toList()),
        labelled(mostSpecific(types.tnm().stream().filter(c -> terms.ancestorsOf(c).contains(Crlm.AJCC_STAGE_GROUP.iri())).toList())),
        labelled(mostSpecific(types.cancer().stream().filter(c -> terms.ancestorsOf(c).contains(Crlm.CANCER.iri())).toList())),
        recommendations.recommended(), recommendations.against(), noBenefit, likelyNoBenefit(types.cancer(), maxRank),
        List.copyOf(excluded.values()), reportedAgainst(types.cancer(), maxRank),
        benefit(types.cancer(), maxRank, excluded.keySet(), types.justifications(), noBenefitAgents),
        possibleBenefit(types.cancer(), maxRank),
        targeted.matching(), targeted.notApplicable(), trials(types.cancer(), maxRank),
        (System.nanoTime() - start) / 1_000_000);
  }

  private List<OWLAxiom> axioms(PatientProfile p, OWLDataFactory df, String base, OWLNamedIndividual cancer,
      OWLNamedIndividual tnm) {
    List<OWLAxiom> axioms = new ArrayList<>();
    OWLNamedIndividual patient = df.getOWLNamedIndividual(IRI.create(base + "patient"));
    axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.PATIENT.owl()), patient));
    axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(Crlm.CANCER.owl()), cancer));
    axioms.add(df.getOWLAnnotationAssertionAxiom(df.getRDFSLabel(), cancer.getIRI(), df.getOWLLiteral("the tumour of " + p.id())));
    axioms.add(CancerAxioms.link(df, patient, Crlm.HAS_CANCER, cancer));
    axioms.add(CancerAxioms.link(df, cancer, Crlm.HAS_PRIMARY_SITE, CancerAxioms.individual(df, p.primarySite())));
    if (p.side() != null) {
      axioms.add(CancerAxioms.link(df, cancer, Crlm.HAS_PRIMARY_SITE, CancerAxioms.individual(df, p.side())));
    }
    if (p.histology() != null) {
      axioms.add(CancerAxioms.link(df, cancer, Crlm.HAS_HISTOLOGY, CancerAxioms.individual(df, p.histology())));
    }
    p.biomarkers().forEach(biomarker -> axioms.addAll(CancerAxioms.biomarker(df, cancer, biomarker, knowledge.terms())));
    // What was given before: previously treated populations (second line and later) are defined by it.
    p.priorTherapies().forEach(therapy -> axioms.add(CancerAxioms.link(df, cancer, Crlm.PREVIOUSLY_TREATED_WITH,
        CancerAxioms.individual(df, therapy))));
    // The profile lists the patient's metastases at staging: these sites and no others.
    axioms.addAll(CancerAxioms.recordedSites(df, cancer, p.metastasisSites()));
    if (p.metastasisTiming() != null) {
      axioms.add(CancerAxioms.link(df, cancer, Crlm.HAS_METASTASIS_TIMING, CancerAxioms.individual(df, p.metastasisTiming())));
    }
    if (p.resectability() != null) {
      axioms.add(CancerAxioms.link(df, cancer, Crlm.HAS_RESECTABILITY, CancerAxioms.individual(df, p.resectability())));
    }
    if (p.ecog() != null) {
      axioms.add(CancerAxioms.link(df, patient, Crlm.PERFORMANCE_STATUS, df.getOWLNamedIndividual(Crlm.ecog(p.ecog()).owl())));
    }
    if (staged(p)) {
      // Staged from the categories given, or from the sites alone (the reasoner gives the M category).
      axioms.addAll(CancerAxioms.classification(df, cancer, tnm));
    }
    if (p.tnm() != null) {
      axioms.add(CancerAxioms.link(df, tnm, Crlm.HAS_T_CATEGORY, df.getOWLNamedIndividual(IRI.create(p.tnm().tIri()))));
      axioms.add(CancerAxioms.link(df, tnm, Crlm.HAS_N_CATEGORY, df.getOWLNamedIndividual(IRI.create(p.tnm().nIri()))));
      axioms.add(CancerAxioms.link(df, tnm, Crlm.HAS_M_CATEGORY, df.getOWLNamedIndividual(IRI.create(p.tnm().mIri()))));
    }
    return axioms;
  }

  /** Whether the profile has a TNM classification to place in a stage group: categories, or sites of metastasis. */
  private static boolean staged(PatientProfile p) {
    return p.tnm() != null || !p.metastasisSites().isEmpty();
  }

  /**
   * The profile's values that take part in every contradiction: those without which the profile
   * is consistent (found by leaving each out in turn; only on this error path).
   */
  private String clash(List<OWLAxiom> axioms, Deadline deadline, String id) {
    List<String> culprits = new ArrayList<>();
    Set<String> properties = new TreeSet<>();
    for (OWLAxiom axiom : axioms) {
      ProfileValue value = profileValue(axiom);
      if (value == null) {
        continue;
      }
      List<OWLAxiom> without = new ArrayList<>(axioms);
      without.remove(axiom);
      if (reasoner.reason(without, deadline, "profile '" + id + "'", session -> session.reasoner().isConsistent())) {
        properties.add(value.property());
        culprits.add("%s %s".formatted(label(value.property()), label(value.value())));
      }
    }
    if (culprits.isEmpty()) {
      return "No single value causes it; check the biomarkers and the TNM together.";
    }
    String why = properties.contains(Crlm.HAS_M_CATEGORY.iri()) && properties.contains(Crlm.HAS_RECORDED_METASTASIS_SITE.iri())
        ? " The metastatic sites determine the M category (AJCC 8th edition: M1a, one organ or site; M1b, two or more;"
            + " M1c, the peritoneum), and the stated one differs."
        : "";
    return "These values exclude each other: " + String.join("; ", culprits) + "." + why;
  }

  /**
   * The property and value that a profile axiom states, as IRIs, or null for the profile's own
   * scaffolding (the patient, the tumour, its TNM classification): a link to a named value, or a
   * kind of value the profile names by class ("NRAS mutation": some molecular feature of that class).
   */
  private static ProfileValue profileValue(OWLAxiom axiom) {
    if (axiom instanceof OWLObjectPropertyAssertionAxiom assertion
        && assertion.getObject().isNamed() && !assertion.getObject().asOWLNamedIndividual().getIRI().toString().startsWith(PROFILE_NS)) {
      return new ProfileValue(assertion.getProperty().asOWLObjectProperty().getIRI().toString(),
          assertion.getObject().asOWLNamedIndividual().getIRI().toString());
    }
    if (axiom instanceof OWLClassAssertionAxiom assertion
        && assertion.getClassExpression() instanceof OWLObjectSomeValuesFrom some
        && !some.getProperty().isAnonymous() && some.getFiller().isNamed()) {
      return new ProfileValue(some.getProperty().asOWLObjectProperty().getIRI().toString(), some.getFiller().asOWLClass().getIRI().toString());
    }
    return null;
  }

  private record ProfileValue(String property, String value) {}

  /** The classes of {@code classes} that no other of them is a subclass of. */
  private List<String> mostSpecific(Collection<String> classes) {
    Set<String> broader = new TreeSet<>();
    classes.forEach(c -> broader.addAll(knowledge.terms().ancestorsOf(c)));
    return classes.stream().filter(c -> !broader.contains(c)).sorted().toList();
  }

  private List<Labelled> labelled(Collection<String> iris) {
    return iris.stream().sorted().map(this::term).toList();
  }

  private Labelled term(String iri) {
    return new Labelled(iri, knowledge.terms().label(iri));
  }

  /** The agents of {@code intervention} that the tumour gains no benefit from, unless the intervention is exempt for them. */
  private List<String> ofNoBenefit(String intervention, Map<String, Set<String>> noBenefitAgents) {
    Set<String> agents = new TreeSet<>(knowledge.agentsOf(intervention));
    agents.add(intervention);
    return agents.stream().filter(a -> noBenefitAgents.containsKey(a) && !noBenefitAgents.get(a).contains(intervention)).sorted().toList();
  }

  private record Recommendations(List<ProfileEntry> recommended, List<ProfileEntry> against) {}

  private Recommendations recommendations(Set<String> cancerTypes, int maxRank, Set<String> excluded, Set<String> given,
      Map<String, Set<String>> noBenefitAgents) {
    Set<String> againstHere = new TreeSet<>();
    Map<String, String> againstBy = new LinkedHashMap<>();
    for (Recommendation rec : knowledge.recommendations()) {
      if (rec.advisesAgainst() && cancerTypes.contains(rec.population())) {
        rec.interventions().forEach(i -> againstBy.putIfAbsent(i, rec.label()));
        againstHere.addAll(rec.interventions());
      }
    }
    List<ProfileEntry> recommended = new ArrayList<>();
    List<ProfileEntry> against = new ArrayList<>();
    boolean previouslyTreated = cancerTypes.contains(Crlm.PREVIOUSLY_TREATED_METASTATIC_CRC.iri());
    for (Recommendation rec : knowledge.recommendations()) {
      // A first-line recommendation is not advice for a tumour that has already had systemic therapy.
      if (!cancerTypes.contains(rec.population()) || (previouslyTreated && rec.firstLineOnly())) {
        continue;
      }
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOfItems(rec.evidence()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      ProfileEntry.Builder r = ProfileEntry.of(term(rec.iri()))
          .population(term(rec.population()))
          .strength(term(rec.strength()))
          .qualifiers(rec.qualifiers())
          .interventions(labelled(rec.interventions()))
          .interventionKinds(labelled(rec.interventionClasses()))
          .requiresTest(labelled(rec.tests()))
          .alreadyGiven(labelled(rec.interventions().stream().filter(given::contains).toList()));
      if (!rec.advisesAgainst()) {
        r.excludedInterventions(labelled(rec.interventions().stream().filter(excluded::contains).toList()));
        // Where the sources pull apart for this tumour, both sides are shown.
        r.conflictsWithNoBenefit(labelled(rec.interventions().stream().flatMap(i -> ofNoBenefit(i, noBenefitAgents).stream())
            .distinct().toList()));
        List<String> avoided = rec.interventions().stream().filter(againstHere::contains).sorted().toList();
        r.advisedAgainst(labelled(avoided), avoided.stream().map(againstBy::get).distinct().toList());
      }
      r.why("The tumour is a " + knowledge.terms().label(rec.population()) + ", the population of this recommendation.")
          .evidence(sources);
      (rec.advisesAgainst() ? against : recommended).add(r.build());
    }
    return new Recommendations(List.copyOf(recommended), List.copyOf(against));
  }

  /**
   * The agents of no benefit; {@code exemptions} receives each agent with the combinations that
   * its no-benefit axioms all leave out (see ClinicalKnowledge#benefitWithin).
   */
  private List<ProfileEntry> noBenefit(Set<String> cancerTypes, int maxRank, Map<String, List<PopulationStep>> justifications,
      Map<String, Set<String>> exemptions) {
    Map<String, List<NoBenefitReason>> reasonsByAgent = new LinkedHashMap<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(cancerTypes, ClinicalKnowledge.NO_BENEFIT)) {
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOf(restriction.axiom()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      for (String agent : knowledge.agentsTargeting(restriction.value())) {
        reasonsByAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(new NoBenefitReason(
            term(restriction.cancerClass()), term(restriction.value()),
            "The tumour is a %s; %s gains no benefit from agents targeting %s; %s targets %s."
                .formatted(label(restriction.cancerClass()), label(restriction.cancerClass()), label(restriction.value()),
                    label(agent), label(restriction.value())),
            sources, label(Crlm.GENERAL_PHARMACOLOGY.iri()), justifications.get(restriction.cancerClass())));
        Set<String> exempt = new TreeSet<>(knowledge.benefitWithin(cancerTypes, restriction.cancerClass()));
        exempt.removeIf(regimen -> !knowledge.componentsOf(regimen).contains(agent));
        exemptions.merge(agent, exempt, (a, b) -> {
          a.retainAll(b);
          return a;
        });
      }
    }
    List<ProfileEntry> result = new ArrayList<>();
    reasonsByAgent.forEach((agent, reasons) -> {
      List<String> exceptions = List.copyOf(exemptions.get(agent));
      ProfileEntry.Builder entry = ProfileEntry.of(term(agent)).contraindicated(true);
      reasons.forEach(entry::reason);
      result.add(entry.exceptInCombination(labelled(exceptions))
          .regimensContainingIt(labelled(knowledge.regimensContaining(agent).stream().filter(r -> !exceptions.contains(r)).toList()))
          .build());
    });
    return result;
  }

  /** Agents a source says the tumour usually or probably gains nothing from: a warning, with the hedge. */
  private List<ProfileEntry> likelyNoBenefit(Set<String> cancerTypes, int maxRank) {
    Map<String, ProfileEntry.Builder> byAgent = new LinkedHashMap<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(cancerTypes, ClinicalKnowledge.LIKELY_NO_BENEFIT)) {
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOf(restriction.axiom()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      for (String agent : knowledge.agentsTargeting(restriction.value())) {
        byAgent.computeIfAbsent(agent, a -> ProfileEntry.of(term(a))).reason(new NoBenefitReason(
            term(restriction.cancerClass()), term(restriction.value()),
            "The tumour is a %s; a source says, with a hedge (%s), that %s gains no benefit from agents targeting %s; %s targets %s."
                .formatted(label(restriction.cancerClass()), qualifiers(sources), label(restriction.cancerClass()),
                    label(restriction.value()), label(agent), label(restriction.value())),
            sources, label(Crlm.GENERAL_PHARMACOLOGY.iri()), null));
      }
    }
    return byAgent.values().stream().map(ProfileEntry.Builder::build).toList();
  }

  /** Interventions a source calls a potential therapy for one of the tumour's populations. */
  private List<ProfileEntry> possibleBenefit(Set<String> cancerTypes, int maxRank) {
    List<ProfileEntry> result = new ArrayList<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(cancerTypes, ClinicalKnowledge.POSSIBLE_BENEFIT)) {
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOf(restriction.axiom()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      result.add(ProfileEntry.of(term(restriction.value()))
          .population(term(restriction.cancerClass()))
          .investigational(isInvestigational(restriction.value()))
          .why("The tumour is a %s, for which a source calls %s a possible therapy (%s), without evidence of benefit yet."
              .formatted(label(restriction.cancerClass()), label(restriction.value()), qualifiers(sources)))
          .evidence(sources)
          .build());
    }
    return result;
  }

  private static String qualifiers(List<EvidenceSource> sources) {
    List<String> all = sources.stream().flatMap(s -> s.qualifiers().stream()).distinct().sorted().toList();
    return all.isEmpty() ? "hedged" : String.join(", ", all);
  }

  private Map<String, ProfileEntry> excludedByAdverseEvents(PatientProfile profile) {
    Map<String, ProfileEntry> excluded = new LinkedHashMap<>();
    for (PatientProfile.AdverseEvent event : profile.adverseEvents()) {
      if (!knowledge.isA(event.event().iri(), Crlm.RE_EXPOSURE_CONTRAINDICATING_REACTION)) {
        continue;
      }
      Set<String> interventions = new LinkedHashSet<>();
      interventions.add(event.agent().iri());
      interventions.addAll(knowledge.regimensContaining(event.agent().iri()));
      for (String intervention : interventions) {
        excluded.putIfAbsent(intervention, ProfileEntry.of(term(intervention))
            .why(intervention.equals(event.agent().iri())
                ? "%s after %s: the agent must not be given again.".formatted(event.event().label(), event.agent().label())
                : "%s contains %s, which caused %s.".formatted(label(intervention), event.agent().label(),
                    event.event().label().toLowerCase(Locale.ROOT)))
            .source(label(Crlm.GENERAL_PHARMACOLOGY.iri()))
            .build());
      }
    }
    return excluded;
  }

  /** Evidence items that report no benefit, resistance or harm of an intervention in one of the tumour's populations. */
  private List<ProfileEntry> reportedAgainst(Set<String> cancerTypes, int maxRank) {
    List<ProfileEntry> result = new ArrayList<>();
    for (org.w3id.crlm.clinical.AdverseFinding item : knowledge.adverseFindings()) {
      String population = item.populations().stream().filter(cancerTypes::contains).sorted().findFirst().orElse(null);
      if (population == null) {
        continue;
      }
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOfItems(List.of(item.item())), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      result.add(ProfileEntry.of(new Labelled(item.item(), item.label()))
          .population(term(population))
          .significance(term(item.significance()))
          .interventions(labelled(item.interventions()))
          .why("The tumour is a %s; a source reports %s of %s there.".formatted(label(population),
              label(item.significance()), String.join(", ", item.interventions().stream().sorted().map(this::label).toList())))
          .evidence(sources)
          .build());
    }
    return result;
  }

  private List<ProfileEntry> benefit(Set<String> cancerTypes, int maxRank, Set<String> excluded,
      Map<String, List<PopulationStep>> justifications, Map<String, Set<String>> noBenefitAgents) {
    List<ProfileEntry> result = new ArrayList<>();
    for (TargetRestriction restriction : knowledge.restrictionsOn(cancerTypes, ClinicalKnowledge.BENEFIT)) {
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOf(restriction.axiom()), maxRank);
      if (sources.isEmpty()) {
        continue;
      }
      result.add(ProfileEntry.of(term(restriction.value()))
          .population(term(restriction.cancerClass()))
          .investigational(isInvestigational(restriction.value()))
          .excludedInterventions(excluded.contains(restriction.value()) ? labelled(List.of(restriction.value())) : null)
          .conflictsWithNoBenefit(labelled(ofNoBenefit(restriction.value(), noBenefitAgents)))
          .why("The tumour is a %s, in which %s has shown benefit.".formatted(label(restriction.cancerClass()),
              label(restriction.value())))
          .evidence(sources)
          .whyThePopulation(justifications.get(restriction.cancerClass()))
          .build());
    }
    return result;
  }

  private record TargetedAgents(List<ProfileEntry> matching, List<ProfileEntry> notApplicable) {}

  private TargetedAgents targetedAgents(PatientProfile profile) {
    Set<String> features = new TreeSet<>();
    Set<String> genes = new TreeSet<>();
    for (Term biomarker : profile.biomarkers()) {
      features.add(biomarker.iri());
      genes.addAll(knowledge.genesOf(biomarker.iri()));
      org.w3id.crlm.terms.Variants.geneOf(biomarker, knowledge.terms()).ifPresent(genes::add);
    }
    List<ProfileEntry> matching = new ArrayList<>();
    List<ProfileEntry> notApplicable = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (String feature : features) {
      Set<String> agents = new TreeSet<>(knowledge.agentsTargeting(feature));
      if (knowledge.isA(feature, Crlm.GENE_AMPLIFICATION) || knowledge.isA(feature, Crlm.PROTEIN_OVEREXPRESSION)) {
        knowledge.genesOf(feature).forEach(gene -> agents.addAll(knowledge.agentsTargeting(gene)));
      }
      for (String agent : agents) {
        if (seen.add(agent)) {
          matching.add(ProfileEntry.of(term(agent))
              .biomarker(term(feature))
              .investigational(isInvestigational(agent))
              .why("%s acts on %s, found in the tumour.".formatted(label(agent), label(feature)))
              .build());
        }
      }
    }
    // An agent made for one variant does not apply to a tumour with another variant (or no
    // variant) of the same gene: the profile reports that gene's status.
    Map<String, Set<String>> agentsByVariant = new LinkedHashMap<>();
    for (String agent : allAgentsWithTargets()) {
      for (String target : knowledge.targetsOf(agent)) {
        if (knowledge.isA(target, Crlm.SEQUENCE_VARIANT) && !features.contains(target)
            && knowledge.genesOf(target).stream().anyMatch(genes::contains)) {
          agentsByVariant.computeIfAbsent(agent, k -> new TreeSet<>()).add(target);
        }
      }
    }
    agentsByVariant.forEach((agent, variants) -> {
      if (seen.contains(agent)) {
        return;
      }
      notApplicable.add(ProfileEntry.of(term(agent))
          .targets(labelled(variants))
          .investigational(isInvestigational(agent))
          .why("%s acts on %s; the tumour's status of that gene is %s.".formatted(label(agent),
          String.join(", ", variants.stream().map(this::label).toList()),
          String.join(", ", profile.biomarkers().stream()
              .filter(b -> genesOf(b).stream().anyMatch(g -> variants.stream()
                  .anyMatch(v -> knowledge.genesOf(v).contains(g))))
              .map(Term::label).toList())))
          .build());
    });
    return new TargetedAgents(List.copyOf(matching), List.copyOf(notApplicable));
  }

  private Set<String> genesOf(Term biomarker) {
    Set<String> genes = new TreeSet<>(knowledge.genesOf(biomarker.iri()));
    org.w3id.crlm.terms.Variants.geneOf(biomarker, knowledge.terms()).ifPresent(genes::add);
    return genes;
  }

  private Set<String> allAgentsWithTargets() {
    Set<String> agents = new TreeSet<>();
    knowledge.instancesOf(Crlm.THERAPEUTIC_AGENT.iri()).forEach(agents::add);
    return agents;
  }

  private boolean isInvestigational(String intervention) {
    if (knowledge.isA(intervention, Crlm.INVESTIGATIONAL_AGENT)) {
      return true;
    }
    return knowledge.componentsOf(intervention).stream().anyMatch(c -> knowledge.isA(c, Crlm.INVESTIGATIONAL_AGENT));
  }

  private List<ProfileEntry> trials(Set<String> cancerTypes, int maxRank) {
    List<ProfileEntry> result = new ArrayList<>();
    for (ClinicalStudy study : knowledge.studies()) {
      if (!cancerTypes.contains(study.population())) {
        continue;
      }
      List<EvidenceSource> sources = EvidenceSource.within(provenance.get().sourcesOfItems(study.evidence()), maxRank);
      result.add(ProfileEntry.of(term(study.iri()))
          .population(term(study.population()))
          .phase(study.phase())
          .registryIds(List.copyOf(study.registryIds()))
          .interventions(labelled(study.interventions()))
          .investigational(study.interventions().stream().anyMatch(this::isInvestigational))
          .evidence(sources)
          .build());
    }
    return result;
  }

  private String label(String iri) {
    return knowledge.terms().label(iri);
  }
}
