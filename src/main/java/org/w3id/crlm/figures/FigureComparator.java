package org.w3id.crlm.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.crlm.figures.FigureComparison.Verdict;
import org.w3id.crlm.reasoning.StratumClassifier;
import org.w3id.crlm.reasoning.StratumClassifier.Stratum;

/**
 * Compares every two figures of one measure and says whether they conflict. Two figures are
 * compared when they summarise the same measure the same way, under the same interventions, at
 * the same time point (durations converted with UCUM), in units UCUM can convert, for populations
 * that are the same or nested, and about the same feature or features one narrower than the
 * other. Two groups of one study that the study itself distinguishes (different arms, different
 * subgroups) are not compared: the study compares them.
 *
 * <ul>
 *   <li>same population and feature: intervals that do not overlap are a <b>conflict</b>;
 *       overlapping but different figures a <b>compatible discrepancy</b>;</li>
 *   <li>one population a strict subclass of the other: <b>population-dependent</b>, both named;</li>
 *   <li>a feature narrower than another (by HermiT) in the same population and time point: a
 *       figure for the narrower feature above the figure for the broader one is a <b>conflict</b>;</li>
 *   <li>a cumulative measure (prevalence) at a time point within another (at diagnosis, within the
 *       course of the disease), same population and feature: a share above the later one is a
 *       <b>conflict</b>.</li>
 * </ul>
 */
public final class FigureComparator {
  private final PopulationHierarchy populations;
  private final TimePoints timePoints;
  private final Map<String, Stratum> strata;
  private final StratumClassifier classifier;
  private final UnitConverter units;
  private final Map<String, String> labels;

  /**
   * @param populations which population classes are the same, or nested, after reasoning
   * @param timePoints which named time points lie within others
   * @param strata the stratum of cancers each feature stands for (features without one are only
   *     compared with themselves)
   * @param classifier HermiT, for the subsumption of strata
   * @param units the UCUM converter
   * @param labels labels of the terms the reasoning steps name
   */
  public FigureComparator(PopulationHierarchy populations, TimePoints timePoints, Map<String, Stratum> strata,
      StratumClassifier classifier, UnitConverter units, Map<String, String> labels) {
    this.populations = populations;
    this.timePoints = timePoints;
    this.strata = strata;
    this.classifier = classifier;
    this.units = units;
    this.labels = labels;
  }

  public List<FigureComparison> compare(List<Figure> figures) {
    List<FigureComparison> findings = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        compare(figures.get(i), figures.get(j)).ifPresent(findings::add);
      }
    }
    return List.copyOf(findings);
  }

  /** The finding for two figures, if they are comparable and differ. */
  public Optional<FigureComparison> compare(Figure a, Figure b) {
    if (!a.measure().equals(b.measure()) || !a.statistic().equals(b.statistic())
        || !a.interventions().equals(b.interventions()) || distinguishedByTheirStudy(a, b)) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>();
    steps.add("Both figures report %s as %s%s.".formatted(label(a.measure()), label(a.statistic()),
        a.interventions().isEmpty() ? "" : " under " + labels(a.interventions())));
    boolean sameTimePoint = Objects.equals(a.timePoint(), b.timePoint());
    if (!sameTimePoint && !(a.cumulative() && a.timeAfter() == null && b.timeAfter() == null)) {
      return Optional.empty();
    }
    if (sameTimePoint) {
      Optional<String> time = sameTime(a, b);
      if (time.isEmpty()) {
        return Optional.empty();
      }
      steps.add(time.get());
    }
    Optional<Double> factor = units.factor(b.unit(), a.unit());
    if (factor.isEmpty()) {
      return Optional.empty();
    }
    Interval va = a.values();
    Interval vb;
    if (factor.get() == 1.0 && a.unit().equals(b.unit())) {
      vb = b.values();
      steps.add("Both are in %s (UCUM %s).".formatted(unitLabel(a), a.unit()));
    } else {
      vb = b.values().scaled(factor.get(), "converted from %s to %s".formatted(b.unit(), a.unit()));
      steps.add("Units differ: 1 %s = %s %s (UCUM conversion); the second figure is converted to %s.".formatted(
          b.unit(), Interval.number(factor.get()), a.unit(), a.unit()));
    }
    PopulationHierarchy.Relation relation = populations.relation(a.population(), b.population());
    if (relation == PopulationHierarchy.Relation.UNRELATED) {
      return Optional.empty();
    }
    if (!sameTimePoint) {
      if (relation != PopulationHierarchy.Relation.SAME || !a.features().equals(b.features())) {
        return Optional.empty();
      }
      return earlierWindow(a, b, va, vb, steps).or(() -> earlierWindow(b, a, vb, va, steps));
    }
    if (a.features().equals(b.features())) {
      return sameFeature(a, b, va, vb, relation, steps);
    }
    if (relation != PopulationHierarchy.Relation.SAME) {
      return Optional.empty();
    }
    return narrowerFeature(a, b, va, vb, steps).or(() -> narrowerFeature(b, a, vb, va, steps));
  }

  /**
   * A cumulative share over a window within another (at diagnosis, within the whole course of the
   * disease) may not exceed the share over the larger window, for the same population and feature.
   */
  private Optional<FigureComparison> earlierWindow(Figure early, Figure late, Interval ve, Interval vl, List<String> steps) {
    if (early.timePoint() == null || late.timePoint() == null || !timePoints.within(early.timePoint(), late.timePoint())
        || !ve.entirelyAbove(vl)) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>(steps);
    all.add("Same population: %s%s.".formatted(label(early.population()),
        early.features().isEmpty() ? "" : "; both about " + labels(early.features())));
    all.add("The time point \"%s\" lies within \"%s\" (crlm:withinTimePoint) and %s is cumulative: a share over the shorter window cannot be larger."
        .formatted(label(early.timePoint()), label(late.timePoint()), label(early.measure())));
    all.add("Values %s (%s) %s lie above %s (%s) %s.".formatted(ve.notation(), ve.reading(), label(early.timePoint()),
        vl.notation(), vl.reading(), label(late.timePoint())));
    all.add("Verdict: conflict: the share at the earlier time point exceeds the share over the whole window.");
    return Optional.of(finding(early, late, Verdict.CONFLICT, all));
  }

  private Optional<FigureComparison> sameFeature(Figure a, Figure b, Interval va, Interval vb,
      PopulationHierarchy.Relation relation, List<String> steps) {
    if (va.sameAs(vb)) {
      return Optional.empty();
    }
    if (!a.features().isEmpty()) {
      steps.add("Both are about %s.".formatted(labels(a.features())));
    }
    switch (relation) {
      case SAME -> {
        steps.add("Same population: %s.".formatted(label(a.population())));
        boolean overlap = va.overlaps(vb);
        steps.add("Values %s (%s) and %s (%s) %s.".formatted(va.notation(), va.reading(), vb.notation(), vb.reading(),
            overlap ? "overlap" : "do not overlap"));
        if (overlap) {
          steps.add("Verdict: compatible discrepancy: the figures differ but both can hold.");
          return Optional.of(finding(a, b, Verdict.COMPATIBLE_DISCREPANCY, steps));
        }
        steps.add("Verdict: conflict: for the same population and time point both cannot hold.");
        return Optional.of(finding(a, b, Verdict.CONFLICT, steps));
      }
      case FIRST_NARROWER, SECOND_NARROWER -> {
        Figure narrow = relation == PopulationHierarchy.Relation.FIRST_NARROWER ? a : b;
        Figure broad = narrow == a ? b : a;
        Interval vn = narrow == a ? va : vb;
        Interval vw = narrow == a ? vb : va;
        steps.add("Population %s is a strict subclass of %s (rdfs:subClassOf in the classified ontology).".formatted(
            label(narrow.population()), label(broad.population())));
        steps.add("Values %s (%s) for %s and %s (%s) for %s.".formatted(vn.notation(), vn.reading(),
            label(narrow.population()), vw.notation(), vw.reading(), label(broad.population())));
        steps.add("Verdict: population-dependent: the figures are about different populations, one within the other; not a conflict.");
        return Optional.of(finding(narrow, broad, Verdict.POPULATION_DEPENDENT, steps));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * A figure for a narrower feature may not exceed the figure for the broader one. Several
   * features of one figure stand for their union ("MSI-H or dMMR").
   */
  private Optional<FigureComparison> narrowerFeature(Figure narrow, Figure broad, Interval vn, Interval vb, List<String> steps) {
    List<Stratum> sn = strataOf(narrow);
    List<Stratum> sb = strataOf(broad);
    if (sn.isEmpty() || sb.isEmpty() || !vn.entirelyAbove(vb) || !classifier.strictlyNarrower(sn, sb)) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>(steps);
    all.add("Same population: %s.".formatted(label(narrow.population())));
    all.add("%s is narrower than %s: %s SubClassOf %s (entailed by HermiT, not the converse).".formatted(
        labels(narrow.features()), labels(broad.features()), classifier.render(sn), classifier.render(sb)));
    all.add("Values %s (%s) for the narrower feature lie above %s (%s) for the broader one.".formatted(
        vn.notation(), vn.reading(), vb.notation(), vb.reading()));
    all.add("Verdict: conflict: every cancer with the narrower feature has the broader one, so its share cannot be larger.");
    return Optional.of(finding(narrow, broad, Verdict.CONFLICT, all));
  }

  /** The strata a figure's features stand for (their union), or none when one feature has no stratum. */
  private List<Stratum> strataOf(Figure figure) {
    List<Stratum> list = figure.features().stream().map(strata::get).toList();
    return list.isEmpty() || list.contains(null) ? List.of() : list;
  }

  private Optional<String> sameTime(Figure a, Figure b) {
    String named = a.timePoint() == null ? "" : " " + label(a.timePoint());
    if (a.timeAfter() == null && b.timeAfter() == null) {
      return Optional.of(a.timePoint() == null ? "Neither names a time point." : "Both hold" + named + ".");
    }
    if (a.timeAfter() == null || b.timeAfter() == null) {
      return Optional.empty();
    }
    Optional<Double> factor = units.factor(b.timeAfter().unit(), a.timeAfter().unit());
    if (factor.isEmpty() || Math.abs(b.timeAfter().value() * factor.get() - a.timeAfter().value()) > 1e-9) {
      return Optional.empty();
    }
    return Optional.of(a.timeAfter().unit().equals(b.timeAfter().unit())
        ? "Both hold at %s%s.".formatted(a.timeAfter(), named)
        : "Both hold at the same time: %s = %s (UCUM conversion)%s.".formatted(b.timeAfter(), a.timeAfter(), named));
  }

  /** Two arms of one study, or two subgroups one study tells apart, are the study's comparison, not a disagreement. */
  private static boolean distinguishedByTheirStudy(Figure a, Figure b) {
    if (a.study() == null || !a.study().equals(b.study())) {
      return false;
    }
    return !Objects.equals(a.of(), b.of()) || !Objects.equals(a.subgroup(), b.subgroup());
  }

  private static FigureComparison finding(Figure first, Figure second, Verdict verdict, List<String> steps) {
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      numbered.add((i + 1) + ". " + steps.get(i));
    }
    return new FigureComparison(first, second, verdict, List.copyOf(numbered));
  }

  private String label(String iri) {
    return labels.getOrDefault(iri, iri);
  }

  private String unitLabel(Figure figure) {
    return figure.unitLabel() == null ? figure.unit() : figure.unitLabel();
  }

  private String labels(Set<String> iris) {
    return iris.stream().map(this::label).sorted().collect(Collectors.joining(" and "));
  }
}
