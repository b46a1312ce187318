package org.w3id.crlm.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.ReasonerInterruptedException;
import org.semanticweb.owlapi.reasoner.TimeOutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;
import org.w3id.crlm.Lazy;

/**
 * Reasons over the knowledge base plus a request's axioms (a patient profile, a guideline draft)
 * without touching the classified knowledge base: each request gets its own ontology (the
 * knowledge base's axioms, shared, and its own) and its own HermiT, which is asked only what the
 * request needs (the types of the request's individuals, the satisfiability of its classes) and
 * never classifies the whole ontology. The work is stopped at the request's deadline. Requests
 * are independent, so any number may run at once.
 */
public final class RequestReasoner {
  private static final Logger LOG = LoggerFactory.getLogger(RequestReasoner.class);
  /** How many of a request's axioms are tried one by one to find the one HermiT fails on. */
  private static final int MAX_AXIOMS_ISOLATED = 2_000;
  private static final long ISOLATION_TIMEOUT_MILLIS = 1_000;

  private final List<OWLAxiom> baseAxioms;
  private final Supplier<ReachableAbox> reachable;

  /**
   * Requests over {@code ontology}; {@code inferredTypes} (the named classes of each of its
   * individuals, as the knowledge base was reasoned) is read only when a batch first needs the
   * types of the individuals it reaches.
   */
  public RequestReasoner(OWLOntology ontology, Supplier<Map<OWLNamedIndividual, Set<OWLClass>>> inferredTypes) {
    this.baseAxioms = ontology.axioms(Imports.INCLUDED).toList();
    this.reachable = Lazy.of(() -> new ReachableAbox(ontology, inferredTypes.get()));
  }

  /**
   * As {@link #reason}, over only the knowledge base's assertions that {@code added} can depend on
   * (see {@link ReachableAbox}) when {@code added} holds assertions only; for work that reads the
   * types of the added individuals, not explanations. HermiT's instance tests then cost what the
   * request reaches, not the whole knowledge base's ABox.
   */
  public <T> T reasonAboutIndividuals(Collection<? extends OWLAxiom> added, Deadline deadline, String input,
      Function<Session, T> work) {
    ReachableAbox abox = reachable.get();
    if (!abox.applies(added)) {
      return reason(added, deadline, input, work);
    }
    return reason(abox.axiomsFor(added), added, deadline, input, work);
  }

  /**
   * Runs {@code work} on a reasoner over the knowledge base and {@code added}; stops it at
   * {@code deadline} with a {@link DeadlineExceededException} that names {@code input}. An axiom
   * HermiT refuses or fails on is a {@link CrlmException} naming the axiom, never an internal
   * error: the axioms come from the request.
   */
  public <T> T reason(Collection<? extends OWLAxiom> added, Deadline deadline, String input, Function<Session, T> work) {
    return reason(baseAxioms, added, deadline, input, work);
  }

  @SuppressWarnings("try") // a permit or a hook held for the scope of the try, never read
  private <T> T reason(List<OWLAxiom> base, Collection<? extends OWLAxiom> added, Deadline deadline, String input,
      Function<Session, T> work) {
    String activity = "reasoning over " + input;
    deadline.check(activity);
    OWLOntology ontology = ontology(base, added);
    Reasoner reasoner = null;
    try {
      // HermiT's preprocessing cannot be interrupted; its tableau, which can take any time, can.
      reasoner = start(ontology, deadline, input);
      Reasoner started = reasoner;
      try (Deadline.Registration interrupt = deadline.onExpiry(started::interrupt)) {
        return work.apply(new Session(ontology, started));
      }
    } catch (ReasonerInterruptedException | TimeOutException e) {
      throw new DeadlineExceededException(activity, deadline.limit());
    } catch (CrlmException e) {
      throw e;
    } catch (RuntimeException e) {
      deadline.check(activity);
      throw failure(input, added, e, deadline);
    } finally {
      if (reasoner != null) {
        reasoner.dispose();
      }
    }
  }

  private static Reasoner start(OWLOntology ontology, Deadline deadline, String input) {
    try {
      Reasoner reasoner = new Reasoner(configuration(Math.max(1, deadline.remaining().toMillis())), ontology);
      deadline.check("reasoning over " + input);
      return reasoner;
    } catch (IllegalArgumentException e) {
      // HermiT refuses axioms outside OWL 2 DL while it translates them, naming the axiom.
      throw new CrlmException(("Cannot reason over %s: %s. HermiT reasons within OWL 2 DL: a cardinality restriction"
          + " or a disjointness may not use a transitive property or one defined by a property chain, for example."
          + " Correct or remove the axiom named.").formatted(input, String.valueOf(e.getMessage()).replaceAll("\\.+$", "")), e);
    }
  }

  private static Configuration configuration(long timeoutMillis) {
    Configuration configuration = new Configuration();
    configuration.ignoreUnsupportedDatatypes = true;
    configuration.throwInconsistentOntologyException = false;
    configuration.individualTaskTimeout = timeoutMillis;
    return configuration;
  }

  /**
   * HermiT failed on the request's axioms (a defect of HermiT's, such as its failure on
   * {@code owl:Thing rdfs:subClassOf owl:Nothing}): finds an axiom it fails on alone, to name it.
   */
  private CrlmException failure(String input, Collection<? extends OWLAxiom> added, RuntimeException e, Deadline deadline) {
    LOG.warn("HermiT failed on the axioms of {}", input, e);
    Optional<OWLAxiom> culprit = added.stream().limit(MAX_AXIOMS_ISOLATED)
        .takeWhile(a -> !deadline.passed())
        .filter(RequestReasoner::failsAlone).map(a -> (OWLAxiom) a).findFirst();
    if (culprit.isPresent()) {
      return new CrlmException(("Cannot reason over %s: the reasoner (HermiT) fails on the axiom %s. Remove or rewrite it"
          + " (a class that can have no member is said with owl:Nothing on the other side, or as an owl:Class equivalent to it).")
          .formatted(input, culprit.get()), e);
    }
    return new CrlmException(("Cannot reason over %s: the reasoner (HermiT) fails on its axioms taken together, though on"
        + " none alone. Remove axioms until it works to find the ones at fault.").formatted(input), e);
  }

  private static boolean failsAlone(OWLAxiom axiom) {
    try {
      OWLOntology alone = OWLManager.createOWLOntologyManager().createOntology(List.of(axiom));
      Reasoner reasoner = new Reasoner(configuration(ISOLATION_TIMEOUT_MILLIS), alone);
      try {
        reasoner.isConsistent();
      } finally {
        reasoner.dispose();
      }
      return false;
    } catch (OWLOntologyCreationException | RuntimeException e) {
      return true;
    }
  }

  private static OWLOntology ontology(List<OWLAxiom> base, Collection<? extends OWLAxiom> added) {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    try {
      OWLOntology ontology = manager.createOntology(base.stream());
      manager.addAxioms(ontology, added.stream().map(a -> (OWLAxiom) a));
      return ontology;
    } catch (OWLOntologyCreationException e) {
      throw new CrlmException("Cannot copy the knowledge base for reasoning: " + e.getMessage(), e);
    }
  }

  /** The request's ontology and its reasoner, open while the request's work runs. */
  public record Session(OWLOntology ontology, Reasoner reasoner) {
    public ReasonedOntology asReasoned() {
      return new ReasonedOntology(ontology, reasoner);
    }
  }
}
