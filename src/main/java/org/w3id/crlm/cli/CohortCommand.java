package org.w3id.crlm.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.clinical.ClinicalContext;
import org.w3id.crlm.cohort.CohortEngine;
import org.w3id.crlm.cohort.CohortGenerator;
import org.w3id.crlm.cohort.CohortGraph;
import org.w3id.crlm.cohort.CohortParquet;
import org.w3id.crlm.cohort.CohortRunner;
import org.w3id.crlm.cohort.CohortTable;
import org.w3id.crlm.cohort.fhir.FhirCohortInput;
import org.w3id.crlm.cohort.fhir.McodeProfileMapper;
import org.w3id.crlm.cohort.fhir.McodeWriter;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.StoredCohortGraphs;
import org.w3id.crlm.profile.ProfileReader;
import org.w3id.crlm.profile.ProfileService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Answer a cohort of patients as a CSV table: profiles one JSON object per line (the JSON of 'crlm profile'),",
      "or FHIR R4 resources following mCODE, one per line (NDJSON, as a Bulk Data export writes them; files or a directory):",
      "each patient's stage group, populations, agents of no benefit with the population that makes them so,",
      "recommendations and studies. Patients are reasoned in batches, one fresh reasoner a batch, on all cores;",
      "a line that is no profile or a profile that contradicts the knowledge base is a row with its reason.",
      "With --generate N, writes N synthetic patients (seeded, never real ones) instead, as profiles or (--format fhir) mCODE."
    })
final class CohortCommand implements Callable<Integer> {
  /** Patients per reasoner: see the README's cohort benchmark for how it was chosen. */
  static final String DEFAULT_BATCH = "20";

  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "The profiles (one file), or FHIR NDJSON files or directories of them.")
  java.util.List<Path> files = new java.util.ArrayList<>();

  /** The two kinds of input: the project's profiles, or FHIR R4 resources (mCODE). */
  enum Format { profile, fhir }

  @Option(names = "--parquet", paramLabel = "FILE",
      description = "Also write the table as Parquet here (needs Apache Spark's jars, target/spark-lib/, for Hadoop's classes).")
  Path parquet;

  @Option(names = "--graph", paramLabel = "NAME",
      description = "Also keep the answers as RDF in the store (cohorts/NAME.nt), served at the next start as the named graph"
          + " https://w3id.org/crlm/graph/cohort/NAME (terms of ontology/cohort.ttl).")
  String graph;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "local (a pool of threads of this process, the default) or spark (Apache Spark: --master, or the master spark-submit gives).")
  CohortEngines.Engine engine;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "With --engine spark: the Spark master when spark-submit sets none (default ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "profile or fhir (default: fhir for a directory or a file whose first line has a resourceType, else profile; with --generate: profile).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table (or the generated profiles) here instead of to standard output.")
  Path output;

  @Option(names = "--batch", defaultValue = DEFAULT_BATCH, description = "Patients per reasoner (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--threads", description = "Batches reasoned at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--min-level", paramLabel = "LEVEL",
      description = "Only answers resting on evidence of this level or better, as for 'crlm profile'.")
  String minLevel;

  @Option(names = "--batch-timeout", defaultValue = "120", description = "Seconds one batch may take (default ${DEFAULT-VALUE}).")
  int batchTimeoutSeconds;

  @Option(names = "--generate", paramLabel = "N", description = "Write N synthetic profiles instead of answering.")
  Integer generate;

  @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (generate != null) {
      return generate();
    }
    if (files.isEmpty()) {
      throw new CrlmException("Give the file of profiles (one JSON object per line) or FHIR NDJSON files, or --generate N to make one.");
    }
    if (batchTimeoutSeconds < 1) {
      throw new CrlmException("--batch-timeout must be at least 1 second.");
    }
    Format input = format != null ? format : detect(files);
    if (input == Format.profile && files.size() > 1) {
      throw new CrlmException("Profiles are read from one file; give one (or --format fhir for FHIR NDJSON files).");
    }
    if (graph != null) {
      StoredCohortGraphs.checkName(graph);
    }
    KnowledgeBase kb = knowledgeBase.build();
    ClinicalContext context = ClinicalContext.of(kb, Corpus.at(knowledgeBase.corpus.directory));
    ProfileReader reader = new ProfileReader(context.terms(), context.tnmParser());
    ProfileService service = new ProfileService(context);
    int maxRank = context.maxRank(minLevel);
    long start = System.nanoTime();
    CohortRunner.Summary summary;
    try (CohortEngine batches = engine(reader, service, maxRank);
        Writer out = writer(); CohortTable table = new CohortTable(out);
        CohortGraph rdf = graph == null ? null : new CohortGraph(knowledgeBase.store.directory, graph);
        CohortParquet columns = parquet == null ? null : parquet()) {
      CohortRunner runner = new CohortRunner(reader, batches, batch);
      java.util.function.Consumer<CohortRunner.Row> sink = row -> {
        table.write(row);
        if (rdf != null) {
          rdf.write(row);
        }
        if (columns != null) {
          columns.write(row);
        }
      };
      if (input == Format.fhir) {
        try (FhirCohortInput patients = new FhirCohortInput(files, new McodeProfileMapper(context.terms()))) {
          summary = runner.run(patients, sink);
        }
      } else {
        try (BufferedReader in = open(files.get(0))) {
          summary = runner.run(in, files.get(0).getFileName().toString(), sink);
        }
      }
      if (rdf != null) {
        rdf.complete();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("crlm cohort: %d patients answered, %d not (see their rows) in %.1f s%n", summary.answered(), summary.failed(),
        (System.nanoTime() - start) / 1e9);
    err.flush();
    return 0;
  }

  private int generate() {
    if (generate < 0) {
      throw new CrlmException("--generate must be 0 or more patients.");
    }
    CohortGenerator generator = new CohortGenerator(seed);
    McodeWriter fhir = format == Format.fhir ? new McodeWriter() : null;
    try (Writer out = writer()) {
      for (int i = 1; i <= generate; i++) {
        String profile = generator.next("synthetic-%d-%07d".formatted(seed, i));
        for (String line : fhir == null ? java.util.List.of(profile) : fhir.resources(profile)) {
          out.write(line);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private CohortParquet parquet() {
    try {
      return new CohortParquet(parquet);
    } catch (NoClassDefFoundError e) {
      throw new CrlmException(("Parquet needs Hadoop's classes (%s missing), which come with Apache Spark's jars: 'mvn package'"
          + " copies them to target/spark-lib/, which ./crlm adds for the cohort command.").formatted(e.getMessage()));
    }
  }

  /** The engine the batches run on. */
  private CohortEngine engine(ProfileReader reader, ProfileService service, int maxRank) {
    return CohortEngines.create(engine, master, knowledgeBase, reader, service, maxRank, batchTimeoutSeconds,
        threads != null ? threads : Runtime.getRuntime().availableProcessors());
  }

  /** FHIR for a directory or a file whose first line is a resource, else profiles. */
  private static Format detect(java.util.List<Path> files) {
    Path first = files.get(0);
    if (Files.isDirectory(first)) {
      return Format.fhir;
    }
    try (BufferedReader in = open(first)) {
      String line;
      while ((line = in.readLine()) != null && line.isBlank()) {
        // skip blank lines
      }
      return line != null && line.contains("\"resourceType\"") ? Format.fhir : Format.profile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CrlmException("No such file: %s. Give the path of an existing file of profiles or FHIR resources.".formatted(file));
    }
  }

  /** The output file, or standard output (left open). */
  private Writer writer() throws IOException {
    if (output != null) {
      return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    }
    PrintWriter out = spec.commandLine().getOut();
    return new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        out.write(chars, offset, length);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }
}
