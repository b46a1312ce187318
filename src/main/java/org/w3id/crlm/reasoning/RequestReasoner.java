package org.w3id.crlm.reasoning;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.ReasonerInterruptedException;
import org.semanticweb.owlapi.reasoner.TimeOutException;
import org.w3id.crlm.CrlmException;

/**
 * Reasons over the knowledge base plus a request's axioms (a patient profile, a guideline draft)
 * without touching the classified knowledge base: each request gets its own ontology (the
 * knowledge base's axioms, shared, and its own) and its own HermiT, which is asked only what the
 * request needs (the types of the request's individuals, the satisfiability of its classes) and
 * never classifies the whole ontology. The work is stopped at a time limit. Requests are
 * independent, so any number may run at once.
 */
public final class RequestReasoner {
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "crlm-reasoning-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final List<OWLAxiom> baseAxioms;

  public RequestReasoner(ReasonedOntology reasoned) {
    this.baseAxioms = reasoned.ontology().axioms(Imports.INCLUDED).toList();
  }

  /**
   * Runs {@code work} on a reasoner over the knowledge base and {@code added}; stops it after
   * {@code limit} with a {@link ReasoningTimeoutException} that names {@code input}.
   */
  public <T> T reason(Collection<? extends OWLAxiom> added, Duration limit, String input, Function<Session, T> work) {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology;
    try {
      ontology = manager.createOntology(baseAxioms.stream());
    } catch (OWLOntologyCreationException e) {
      throw new CrlmException("Cannot copy the knowledge base for reasoning: " + e.getMessage(), e);
    }
    manager.addAxioms(ontology, added.stream().map(a -> (OWLAxiom) a));
    Configuration configuration = new Configuration();
    configuration.ignoreUnsupportedDatatypes = true;
    configuration.throwInconsistentOntologyException = false;
    configuration.individualTaskTimeout = limit.toMillis();
    Reasoner reasoner = null;
    ScheduledFuture<?> stop = null;
    try {
      try {
        reasoner = new Reasoner(configuration, ontology);
      } catch (IllegalArgumentException e) {
        // HermiT refuses axioms outside OWL 2 DL while it translates them, naming the axiom.
        throw new CrlmException(("Cannot reason over %s: %s. HermiT reasons within OWL 2 DL: a cardinality restriction"
            + " or a disjointness may not use a transitive property or one defined by a property chain, for example."
            + " Correct or remove the axiom named.").formatted(input, e.getMessage().replaceAll("\\.+$", "")), e);
      }
      stop = WATCHDOG.schedule(reasoner::interrupt, limit.toMillis(), TimeUnit.MILLISECONDS);
      return work.apply(new Session(ontology, reasoner));
    } catch (ReasonerInterruptedException | TimeOutException e) {
      throw new ReasoningTimeoutException(input, limit);
    } finally {
      if (stop != null) {
        stop.cancel(false);
      }
      if (reasoner != null) {
        reasoner.dispose();
      }
    }
  }

  /** The request's ontology and its reasoner, open while the request's work runs. */
  public record Session(OWLOntology ontology, Reasoner reasoner) {
    public ReasonedOntology asReasoned() {
      return new ReasonedOntology(ontology, reasoner);
    }
  }
}
