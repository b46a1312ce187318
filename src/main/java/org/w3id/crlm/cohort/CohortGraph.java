package org.w3id.crlm.cohort;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.kb.StoredCohortGraphs;
import org.w3id.crlm.ontology.Crlm;
import org.w3id.crlm.profile.Labelled;
import org.w3id.crlm.profile.NoBenefitReason;
import org.w3id.crlm.profile.ProfileAnswer;
import org.w3id.crlm.profile.ProfileEntry;

/**
 * A cohort's answers as RDF, in a named graph of their own that the SPARQL endpoint serves beside
 * the knowledge base (ontology/cohort.ttl has the terms): each patient a {@code crlm:CohortPatient}
 * with its id, its place in the input, the stage group and populations the reasoner found, the
 * agents of no benefit with the population that makes them so, what past adverse events rule out
 * and why, the recommendations that apply and the studies it fits; a patient without an answer,
 * the reason. The graph is kept in the store under {@code cohorts/NAME.nt} (N-Triples, streamed
 * as the rows come, written beside the old file and renamed over it once complete), so that it
 * needs no memory in proportion to the cohort while written; {@link StoredCohortGraphs} reads it
 * into the served dataset.
 */
public final class CohortGraph implements AutoCloseable {
  private static final String COHORTS = Crlm.NS + "cohort/";

  private final Path target;
  private final Path temporary;
  private final OutputStream out;
  private final StreamRDF stream;
  private final Node cohort;
  private final String patients;
  private boolean complete;

  /** Starts writing cohort {@code name} into the store at {@code storeDirectory}. */
  public CohortGraph(Path storeDirectory, String name) {
    this.target = StoredCohortGraphs.file(storeDirectory, name);
    this.cohort = NodeFactory.createURI(COHORTS + name);
    this.patients = COHORTS + name + "/patient/";
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + name, ".partial");
      out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    } catch (IOException e) {
      throw new CrlmException("Cannot write the cohort graph %s: %s".formatted(target, e.getMessage()));
    }
    stream = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
    stream.start();
    stream.triple(Triple.create(cohort, RDF.type.asNode(), Crlm.COHORT.node()));
  }

  /** Writes one row's triples. */
  public void write(CohortRunner.Row row) {
    // An answered patient is named by its id (the runner lets each id be answered once); a row
    // without an answer by its line, since its id may be one given twice.
    Node patient = row.answer() != null
        ? NodeFactory.createURI(patients + URLEncoder.encode(row.id(), StandardCharsets.UTF_8).replace("+", "%20"))
        : NodeFactory.createURI(patients + "line-" + row.line());
    add(patient, RDF.type.asNode(), Crlm.COHORT_PATIENT.node());
    add(patient, Crlm.IN_COHORT.node(), cohort);
    add(patient, Crlm.COHORT_LINE.node(), NodeFactory.createLiteralDT(Long.toString(row.line()), XSDDatatype.XSDlong));
    if (row.id() != null) {
      add(patient, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(row.id()));
    }
    ProfileAnswer answer = row.answer();
    if (answer == null) {
      add(patient, Crlm.NOT_ANSWERED_BECAUSE.node(), NodeFactory.createLiteralString(row.error() == null ? "" : row.error()));
      return;
    }
    terms(patient, Crlm.INFERRED_STAGE_GROUP.node(), answer.stageGroup());
    terms(patient, Crlm.INFERRED_POPULATION.node(), answer.populations());
    for (ProfileEntry entry : answer.noBenefit()) {
      List<NoBenefitReason> reasons = entry.reasons() == null || entry.reasons().isEmpty()
          ? List.of(new NoBenefitReason(entry.population(), null, entry.why(), List.of(), null, List.of())) : entry.reasons();
      for (NoBenefitReason reason : reasons) {
        Node finding = NodeFactory.createBlankNode();
        add(patient, Crlm.NO_BENEFIT_FINDING.node(), finding);
        add(finding, RDF.type.asNode(), Crlm.COHORT_FINDING.node());
        add(finding, Crlm.FINDING_AGENT.node(), NodeFactory.createURI(entry.term().iri()));
        if (reason.population() != null) {
          add(finding, Crlm.FINDING_POPULATION.node(), NodeFactory.createURI(reason.population().iri()));
        }
        if (reason.why() != null) {
          add(finding, Crlm.FINDING_REASON.node(), NodeFactory.createLiteralString(reason.why()));
        }
      }
    }
    for (ProfileEntry entry : answer.excludedByAdverseEvents()) {
      Node finding = NodeFactory.createBlankNode();
      add(patient, Crlm.ADVERSE_EVENT_FINDING.node(), finding);
      add(finding, RDF.type.asNode(), Crlm.COHORT_FINDING.node());
      add(finding, Crlm.FINDING_AGENT.node(), NodeFactory.createURI(entry.term().iri()));
      if (entry.why() != null) {
        add(finding, Crlm.FINDING_REASON.node(), NodeFactory.createLiteralString(entry.why()));
      }
    }
    entries(patient, Crlm.APPLICABLE_RECOMMENDATION.node(), answer.recommendations());
    entries(patient, Crlm.ADVISED_AGAINST_FOR.node(), answer.advisedAgainst());
    entries(patient, Crlm.FITS_STUDY.node(), answer.trials());
  }

  private void terms(Node patient, Node property, List<Labelled> terms) {
    terms.stream().map(Labelled::iri).distinct().forEach(iri -> add(patient, property, NodeFactory.createURI(iri)));
  }

  private void entries(Node patient, Node property, List<ProfileEntry> entries) {
    terms(patient, property, entries.stream().map(ProfileEntry::term).toList());
  }

  private void add(Node s, Node p, Node o) {
    stream.triple(Triple.create(s, p, o));
  }

  /** Marks the graph complete: {@link #close} then puts it in place of the cohort's earlier graph. */
  public void complete() {
    complete = true;
  }

  @Override
  public void close() {
    try {
      stream.finish();
      out.close();
      if (!complete) {
        Files.deleteIfExists(temporary);
        return;
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot put the cohort graph in place at " + target, e);
    }
  }
}
