package org.w3id.crlm.profile;

import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.explain.EvidenceSource;

/**
 * One entry of a section of a profile's answer (a recommendation, an agent of no benefit, a
 * study, ...): the term, and what the section says of it. A field a section does not use is null
 * (or empty); every renderer shows the fields that are there, the same way in every section.
 */
public record ProfileEntry(
    Labelled term,
    Labelled population,
    Labelled strength,
    List<String> qualifiers,
    Labelled significance,
    Labelled biomarker,
    List<Labelled> interventions,
    List<Labelled> interventionKinds,
    List<Labelled> requiresTest,
    List<Labelled> targets,
    List<Labelled> excludedInterventions,
    List<Labelled> alreadyGiven,
    List<Labelled> conflictsWithNoBenefit,
    List<Labelled> advisedAgainstFor,
    List<String> advisedAgainstBy,
    List<Labelled> exceptInCombination,
    List<Labelled> regimensContainingIt,
    Boolean contraindicated,
    Boolean investigational,
    String phase,
    List<String> registryIds,
    String why,
    List<NoBenefitReason> reasons,
    List<EvidenceSource> evidence,
    String source,
    List<PopulationStep> whyThePopulation) implements java.io.Serializable {

  public static Builder of(Labelled term) {
    return new Builder(term);
  }

  /** Builds an entry field by field, as a section finds them. */
  public static final class Builder {
    private final Labelled term;
    private Labelled population;
    private Labelled strength;
    private List<String> qualifiers;
    private Labelled significance;
    private Labelled biomarker;
    private List<Labelled> interventions;
    private List<Labelled> interventionKinds;
    private List<Labelled> requiresTest;
    private List<Labelled> targets;
    private List<Labelled> excludedInterventions;
    private List<Labelled> alreadyGiven;
    private List<Labelled> conflictsWithNoBenefit;
    private List<Labelled> advisedAgainstFor;
    private List<String> advisedAgainstBy;
    private List<Labelled> exceptInCombination;
    private List<Labelled> regimensContainingIt;
    private Boolean contraindicated;
    private Boolean investigational;
    private String phase;
    private List<String> registryIds;
    private String why;
    private final List<NoBenefitReason> reasons = new ArrayList<>();
    private List<EvidenceSource> evidence;
    private String source;
    private List<PopulationStep> whyThePopulation;

    private Builder(Labelled term) {
      this.term = term;
    }

    public Builder population(Labelled value) { population = value; return this; }
    public Builder strength(Labelled value) { strength = value; return this; }
    public Builder qualifiers(List<String> value) { qualifiers = nonEmpty(value); return this; }
    public Builder significance(Labelled value) { significance = value; return this; }
    public Builder biomarker(Labelled value) { biomarker = value; return this; }
    public Builder interventions(List<Labelled> value) { interventions = value; return this; }
    public Builder interventionKinds(List<Labelled> value) { interventionKinds = nonEmpty(value); return this; }
    public Builder requiresTest(List<Labelled> value) { requiresTest = nonEmpty(value); return this; }
    public Builder targets(List<Labelled> value) { targets = value; return this; }
    public Builder excludedInterventions(List<Labelled> value) { excludedInterventions = nonEmpty(value); return this; }
    public Builder alreadyGiven(List<Labelled> value) { alreadyGiven = nonEmpty(value); return this; }
    public Builder conflictsWithNoBenefit(List<Labelled> value) { conflictsWithNoBenefit = nonEmpty(value); return this; }

    public Builder advisedAgainst(List<Labelled> interventions, List<String> by) {
      advisedAgainstFor = nonEmpty(interventions);
      advisedAgainstBy = advisedAgainstFor == null ? null : by;
      return this;
    }

    public Builder exceptInCombination(List<Labelled> value) { exceptInCombination = nonEmpty(value); return this; }
    public Builder regimensContainingIt(List<Labelled> value) { regimensContainingIt = value; return this; }
    public Builder contraindicated(boolean value) { contraindicated = value; return this; }
    public Builder investigational(boolean value) { investigational = value; return this; }
    public Builder phase(String value) { phase = value; return this; }
    public Builder registryIds(List<String> value) { registryIds = value; return this; }
    public Builder why(String value) { why = value; return this; }
    public Builder reason(NoBenefitReason value) { reasons.add(value); return this; }
    public Builder evidence(List<EvidenceSource> value) { evidence = value; return this; }
    public Builder source(String value) { source = value; return this; }
    public Builder whyThePopulation(List<PopulationStep> value) { whyThePopulation = value; return this; }

    public ProfileEntry build() {
      return new ProfileEntry(term, population, strength, qualifiers, significance, biomarker, interventions, interventionKinds,
          requiresTest, targets, excludedInterventions, alreadyGiven, conflictsWithNoBenefit, advisedAgainstFor,
          advisedAgainstBy, exceptInCombination, regimensContainingIt, contraindicated, investigational, phase, registryIds,
          why, reasons.isEmpty() ? null : List.copyOf(reasons), evidence, source, whyThePopulation);
    }

    private static <T> List<T> nonEmpty(List<T> list) {
      return list == null || list.isEmpty() ? null : list;
    }
  }
}
