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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
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
 * needs no memory in proportion to the cohort while written, and the server reads it at its start.
 */
public final class CohortGraph implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CohortGraph.class);
  /** Cohort names: letters, digits, dot, dash and underscore, as they go into an IRI and a file name unchanged. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final String GRAPHS = Crlm.NS + "graph/cohort/";
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
    checkName(name);
    this.target = directory(storeDirectory).resolve(name + ".nt");
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

  /** The IRI of the named graph of cohort {@code name}. */
  public static String graph(String name) {
    return GRAPHS + name;
  }

  /** Refuses a name that cannot be a cohort's (it goes into an IRI and a file name as it is). */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new CrlmException("'%s' is not a cohort name: use letters, digits, '.', '-' and '_' (up to 100), starting with a letter or digit."
          .formatted(name));
    }
  }

  private static Path directory(Path storeDirectory) {
    return storeDirectory.toAbsolutePath().normalize().resolve("cohorts");
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

  /**
   * Reads the store's cohort graphs into {@code dataset}, each into its named graph; a damaged
   * file is left out and logged (the other graphs are served).
   */
  public static int addStored(Dataset dataset, Path storeDirectory) {
    Path directory = directory(storeDirectory);
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int added = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".nt") && !p.getFileName().toString().startsWith("."))
          .sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.nt$", "");
        if (!NAME.matcher(name).matches()) {
          continue;
        }
        try {
          RDFDataMgr.read(dataset.getNamedModel(graph(name)), file.toString(), Lang.NTRIPLES);
          added++;
        } catch (RiotException e) {
          LOG.warn("The cohort graph {} cannot be read ({}); it is not served. Run 'crlm cohort ... --graph {}' again to rewrite it.",
              file, e.getMessage(), name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the cohort graphs in " + directory, e);
    }
    return added;
  }
}
