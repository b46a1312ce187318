package org.w3id.crlm.terms;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.crlm.ontology.Crlm;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Matches the words of a user's input (a profile field, a cell of a draft) to the ontology's
 * terms by label or synonym (skos:altLabel), regardless of case, hyphens and spacing, within the
 * kind of term the field accepts. A word that matches nothing is an {@link UnknownTermException}
 * that lists the closest known terms of that kind. IRIs and crlm: prefixed names are accepted
 * too.
 */
public final class TermIndex {
  private static final String CRLM = "https://w3id.org/crlm/";
  private static final int CLOSEST = 5;
  private static final java.util.regex.Pattern PARENTHETICAL = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)");
  /** Words that qualify a biomarker without changing what it names: "KRAS G12D mutation", "MSI-H status". */
  private static final java.util.regex.Pattern QUALIFIER =
      java.util.regex.Pattern.compile("\\s+(?:mutation|mutations|mutant|mutated|status|tumou?rs?|disease)$");

  private record Form(String iri, String label, int rank) {}

  private final Map<String, List<Form>> byKey;
  private final Map<String, String> preferredLabel;
  private final Map<String, Set<String>> superClasses;
  private final Map<String, Set<String>> types;

  private TermIndex(Map<String, List<Form>> byKey, Map<String, String> preferredLabel,
      Map<String, Set<String>> superClasses, Map<String, Set<String>> types) {
    this.byKey = byKey;
    this.preferredLabel = preferredLabel;
    this.superClasses = superClasses;
    this.types = types;
  }

  /** Reads the terms from a graph holding the ontology and the reasoner's entailments. */
  public static TermIndex from(Graph graph) {
    Map<String, List<Form>> byKey = new HashMap<>();
    Map<String, String> preferred = new HashMap<>();
    graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(t -> add(t, 0, byKey, preferred));
    graph.find(Node.ANY, SKOS.altLabel.asNode(), Node.ANY).forEach(t -> add(t, 1, byKey, preferred));
    graph.find(Node.ANY, Crlm.ADJECTIVAL_LABEL.node(), Node.ANY).forEach(t -> add(t, 1, byKey, preferred));
    Map<String, Set<String>> told = new HashMap<>();
    graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
        .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
        .forEach(t -> told.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI()));
    Map<String, Set<String>> closure = new HashMap<>();
    told.keySet().forEach(c -> closure.put(c, ancestors(c, told)));
    Map<String, Set<String>> types = new HashMap<>();
    graph.find(Node.ANY, RDF.type.asNode(), Node.ANY)
        .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
        .forEach(t -> {
          Set<String> all = types.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>());
          all.add(t.getObject().getURI());
          all.addAll(closure.getOrDefault(t.getObject().getURI(), Set.of()));
        });
    return new TermIndex(byKey, preferred, closure, types);
  }

  private static void add(Triple t, int rank, Map<String, List<Form>> byKey, Map<String, String> preferred) {
    if (!t.getSubject().isURI() || !t.getObject().isLiteral()) {
      return;
    }
    String iri = t.getSubject().getURI();
    String form = t.getObject().getLiteralLexicalForm();
    if (rank == 0) {
      preferred.putIfAbsent(iri, form);
    }
    byKey.computeIfAbsent(key(form), k -> new ArrayList<>()).add(new Form(iri, form, rank));
    // "KRAS mutation (variant not specified)" is also written "KRAS mutation".
    String bare = PARENTHETICAL.matcher(form).replaceAll("").strip();
    if (!bare.isEmpty() && !bare.equals(form)) {
      byKey.computeIfAbsent(key(bare), k -> new ArrayList<>()).add(new Form(iri, form, rank + 2));
    }
  }

  private static Set<String> ancestors(String start, Map<String, Set<String>> told) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(told.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(told.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  /** Lower case, compatibility-normalised, every run of other characters than letters and digits one space. */
  static String key(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return normal.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The term of one of {@code kinds} that {@code text} names.
   *
   * @param where what the input is, for the error message ("row 3, column population")
   */
  public Term resolve(String text, String where, TermKind... kinds) {
    return find(text, kinds).orElseThrow(() -> unknown(text, where, kinds));
  }

  /** The term of one of {@code kinds} that {@code text} names, if any. */
  public Optional<Term> find(String text, TermKind... kinds) {
    String stripped = text.strip();
    String iri = expand(stripped);
    if (iri != null) {
      for (TermKind kind : kinds) {
        if (isOfKind(iri, kind)) {
          return Optional.of(new Term(iri, label(iri), kind));
        }
      }
    }
    List<Form> forms = byKey.getOrDefault(key(stripped), List.of());
    // Ways of writing a term that its labels do not spell out: with a qualifier ("KRAS G12D
    // mutation"), "mutant" for "mutation", with a parenthetical of one's own ("(5 x 5 Gy)").
    for (String variant : List.of(QUALIFIER.matcher(key(stripped)).replaceFirst(""),
        key(stripped).replaceFirst(" (?:mutant|mutated)$", " mutation"),
        key(PARENTHETICAL.matcher(stripped).replaceAll("")))) {
      if (forms.isEmpty() && !variant.isEmpty()) {
        forms = byKey.getOrDefault(variant, List.of());
      }
    }
    if (forms.isEmpty()) {
      for (TermKind kind : kinds) {
        if (kind.equals(TermKind.FEATURE)) {
          return Variants.read(stripped, this, kind);
        }
      }
    }
    return forms.stream()
        .sorted(Comparator.comparingInt(Form::rank))
        .flatMap(form -> java.util.Arrays.stream(kinds).filter(kind -> isOfKind(form.iri(), kind))
            .map(kind -> new Term(form.iri(), label(form.iri()), kind)))
        .findFirst();
  }

  public UnknownTermException unknown(String text, String where, TermKind... kinds) {
    List<String> expected = java.util.Arrays.stream(kinds).map(TermKind::description).distinct().toList();
    String iri = expand(text.strip());
    List<Form> other = iri != null && preferredLabel.containsKey(iri) ? List.of(new Form(iri, preferredLabel.get(iri), 0))
        : byKey.getOrDefault(key(text), List.of());
    if (!other.isEmpty()) {
      return new UnknownTermException(where, text.strip(), String.join(" or ", expected), closest(text, kinds),
          "'%s' is known, but as %s, not as %s.".formatted(text.strip(), describe(other.get(0).iri()), String.join(" or ", expected)));
    }
    return new UnknownTermException(where, text.strip(), String.join(" or ", expected), closest(text, kinds));
  }

  /** What a known term is, for messages: "an instance of regimen", "a kind of cancer". */
  private String describe(String iri) {
    if (superClasses.containsKey(iri)) {
      return "a class (%s)".formatted(label(iri));
    }
    return types.getOrDefault(iri, Set.of()).stream().filter(preferredLabel::containsKey).map(this::label).sorted()
        .findFirst().map(t -> "a term of kind '" + t + "'").orElse("another kind of term");
  }

  public boolean isOfKind(String iri, TermKind kind) {
    if (kind.classes()) {
      return iri.equals(kind.root()) || superClasses.getOrDefault(iri, Set.of()).contains(kind.root());
    }
    return types.getOrDefault(iri, Set.of()).contains(kind.root());
  }

  /** The preferred labels of the terms of a kind, sorted. */
  public List<String> labelsOf(TermKind kind) {
    return preferredLabel.keySet().stream().filter(iri -> isOfKind(iri, kind)).map(preferredLabel::get).sorted().toList();
  }

  /** Whether the knowledge base has a label, a type or a superclass for the IRI. */
  public boolean isKnown(String iri) {
    return preferredLabel.containsKey(iri) || types.containsKey(iri) || superClasses.containsKey(iri);
  }

  /** The preferred labels of known terms most like {@code text}, closest first. */
  public List<String> closestLabels(String text) {
    return closest(text);
  }

  /** The preferred label of an IRI, or its local name. */
  public String label(String iri) {
    String label = preferredLabel.get(iri);
    return label != null ? label : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  /** The named types of an individual, as the reasoned knowledge base holds them, with their superclasses. */
  public Set<String> typesOf(String iri) {
    return types.getOrDefault(iri, Set.of());
  }

  /** The named superclasses of a class, as the reasoned knowledge base holds them. */
  public Set<String> superClassesOf(String iri) {
    return superClasses.getOrDefault(iri, Set.of());
  }

  /** The named subclasses of a class, as the reasoned knowledge base holds them, sorted; the class itself left out. */
  public List<String> subClassesOf(String iri) {
    return superClasses.entrySet().stream().filter(e -> e.getValue().contains(iri) && !e.getKey().equals(iri))
        .map(Map.Entry::getKey).sorted().toList();
  }

  /** The named superclasses of a class, or the types of an individual, with their superclasses. */
  public Set<String> ancestorsOf(String iri) {
    Set<String> all = new HashSet<>(superClasses.getOrDefault(iri, Set.of()));
    all.addAll(types.getOrDefault(iri, Set.of()));
    return all;
  }

  private static String expand(String text) {
    if (text.startsWith("<") && text.endsWith(">")) {
      return text.substring(1, text.length() - 1);
    }
    if (text.startsWith("http://") || text.startsWith("https://")) {
      return text;
    }
    if (text.startsWith("crlm:")) {
      return CRLM + text.substring(5);
    }
    return null;
  }

  /** The labels of the kinds' terms most like the text (all terms when no kind is given). */
  private List<String> closest(String text, TermKind... kinds) {
    Stream<String> labels = byKey.values().stream().flatMap(Collection::stream)
        .filter(form -> kinds.length == 0 || java.util.Arrays.stream(kinds).anyMatch(kind -> isOfKind(form.iri(), kind)))
        .map(Form::label);
    return ClosestLabels.to(text, labels, 0.31, CLOSEST);
  }
}
