package org.w3id.crlm.snapshot;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ingest.link.Dictionary;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.kb.LinkedDatasetGraph;
import org.w3id.crlm.kb.PipelineTimings;

/**
 * Where reasoned knowledge bases are kept between runs: three files per snapshot, named by the
 * digest of its inputs ({@link SnapshotInputs}): the reasoned dataset as RDF Thrift (asserted,
 * inferred, comparisons and corpus annotation graphs, and their union), the inputs it was built
 * from, and its properties (counts, build times). A command opens the snapshot of its inputs'
 * digest, and builds it only if there is none.
 *
 * <p>Each file is written under a temporary name and renamed into place once complete, the
 * properties last: a snapshot exists once its properties file does, so a killed build leaves the
 * earlier snapshots as they were and no half-written one is ever opened (a rebuild of the same
 * inputs replaces each file whole, and either version is the same knowledge base). Builds take an
 * exclusive file lock, so two processes never build at once (the second waits, then opens what
 * the first built). The three most recent snapshots are kept, so that switching between two
 * versions of the ontology does not rebuild.
 */
public final class SnapshotDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotDirectory.class);
  private static final String DATA = ".trdf";
  private static final String INPUTS = ".inputs.tsv";
  private static final String PROPERTIES = ".properties";
  private static final String DICTIONARY = ".dictionary";
  private static final String LOCK = ".lock";
  private static final String IN_PROGRESS = ".building-";
  private static final int KEPT = 3;
  /** File locks belong to the whole JVM: threads of one process take turns through this monitor first. */
  private static final Object BUILDS = new Object();

  private final Path directory;
  private final Consumer<String> notices;
  private final Path code;

  /**
   * @param directory where the snapshots live (created when first needed)
   * @param notices where to say that a snapshot is being built and why (stderr, for the command line)
   */
  public SnapshotDirectory(Path directory, Consumer<String> notices) {
    this(directory, notices, SnapshotInputs.codeLocation());
  }

  /** Snapshots of knowledge bases built by the code at {@code code} (a jar or class directory; tests change it). */
  SnapshotDirectory(Path directory, Consumer<String> notices, Path code) {
    this.directory = directory.toAbsolutePath().normalize();
    this.notices = notices;
    this.code = code;
  }

  public Path directory() {
    return directory;
  }

  /**
   * The knowledge base of the builder's inputs: opened from its snapshot if there is one, else
   * built and kept as a snapshot. With {@code rebuild}, it is built and its snapshot replaced.
   */
  public KnowledgeBase open(KnowledgeBaseBuilder builder, boolean rebuild) {
    PipelineTimings timings = new PipelineTimings();
    long start = System.nanoTime();
    SnapshotInputs inputs = SnapshotInputs.of(builder.ontologyDirectory(), builder.corpusDirectory(), builder.extraFiles(), code);
    String digest = inputs.digest();
    timings.record("digest", millisSince(start));
    if (!rebuild) {
      Optional<KnowledgeBase> opened = tryOpen(builder, digest, timings);
      if (opened.isPresent()) {
        return opened.get().withVersion(digest);
      }
    }
    return underBuildLock(() -> {
      if (!rebuild) {
        Optional<KnowledgeBase> builtMeanwhile = tryOpen(builder, digest, timings);
        if (builtMeanwhile.isPresent()) {
          return builtMeanwhile.get().withVersion(digest);
        }
      }
      notices.accept(why(inputs, rebuild));
      KnowledgeBase core = builder.buildCore();
      long writing = System.nanoTime();
      write(core, inputs, digest);
      LOG.info("Snapshot {} written in {} ms", directory.resolve(digest + DATA), millisSince(writing));
      prune(digest);
      return builder.served(core).withVersion(digest);
    });
  }

  /**
   * The entity dictionary of the snapshot for these inputs, all that ingest needs of the knowledge
   * base: read from its own small file beside the snapshot when there is one (tens of
   * milliseconds, against a second to read the snapshot), else taken from the snapshot (opened or
   * built as {@link #open} does) and written there for the next time.
   */
  public Dictionary dictionary(KnowledgeBaseBuilder builder, boolean rebuild) {
    String digest = digestOf(builder);
    Path file = directory.resolve(digest + DICTIONARY);
    if (!rebuild && Files.isRegularFile(file)) {
      try (ObjectInputStream in = new ObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        in.setObjectInputFilter(DICTIONARY_CLASSES);
        return (Dictionary) in.readObject();
      } catch (IOException | ClassNotFoundException | ClassCastException e) {
        LOG.warn("Cannot read the dictionary {} ({}): taking it from the snapshot instead.", file, e.getMessage());
      }
    }
    Dictionary dictionary = open(builder, rebuild).dictionary();
    try {
      Files.createDirectories(directory);
      writeFile(digest + DICTIONARY, out -> {
        ObjectOutputStream objects = new ObjectOutputStream(out);
        objects.writeObject(dictionary);
        objects.flush();
      });
    } catch (IOException e) {
      LOG.warn("Cannot keep the dictionary in {}: {}", file, e.getMessage());
    }
    return dictionary;
  }

  /** What a dictionary file may hold: the project's dictionary classes and the JDK's collections, nothing else. */
  private static final ObjectInputFilter DICTIONARY_CLASSES = ObjectInputFilter.Config.createFilter(
      "maxdepth=20;maxrefs=5000000;org.w3id.crlm.ingest.link.*;org.w3id.crlm.staging.*;java.util.*;java.lang.*;!*");

  /** The digest of the snapshot that {@link #open} would use for this builder's inputs. */
  public String digestOf(KnowledgeBaseBuilder builder) {
    return SnapshotInputs.of(builder.ontologyDirectory(), builder.corpusDirectory(), builder.extraFiles(), code).digest();
  }

  /** The file that holds the reasoned dataset of the snapshot {@code digest}. */
  public Path file(String digest) {
    return directory.resolve(digest + DATA);
  }

  /** The digests of the snapshots in place, the most recent first. */
  public List<String> digests() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.filter(p -> isSnapshotFile(p, PROPERTIES))
          .sorted(Comparator.comparing(SnapshotDirectory::modified).reversed())
          .map(p -> digestOfFile(p, PROPERTIES)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the snapshot directory " + directory, e);
    }
  }

  /**
   * The reasoned dataset of a kept snapshot, by its digest or a unique beginning of it (at least 8
   * characters), read for a comparison of versions.
   *
   * @throws CrlmException naming the snapshots kept when there is no such snapshot
   */
  public Dataset dataset(String version) {
    List<String> kept = digests();
    List<String> matching = version.length() < 8 ? List.of() : kept.stream().filter(d -> d.startsWith(version)).toList();
    if (matching.size() != 1) {
      throw new org.w3id.crlm.CrlmException(("Knowledge base version '%s' is %s in %s, which keeps the last %d snapshots: %s."
          + " Give one of them (or its first 8 characters or more).").formatted(version,
          matching.isEmpty() ? "not kept" : "ambiguous", directory, KEPT, kept.isEmpty() ? "none" : String.join(", ", kept)));
    }
    Path file = directory.resolve(matching.get(0) + DATA);
    try {
      return read(file);
    } catch (RiotException e) {
      throw new org.w3id.crlm.CrlmException("The snapshot %s cannot be read: %s. Run 'crlm build --rebuild' to make it again."
          .formatted(file, e.getMessage()));
    }
  }

  /**
   * A snapshot's reasoned dataset. Graphs of their own (GraphMem) under one lock, not the
   * transactional in-memory dataset: it reads three times faster (0.3 s against 0.9 s here), and a
   * snapshot is only read.
   */
  private static Dataset read(Path file) {
    Dataset dataset = DatasetFactory.wrap(LinkedDatasetGraph.create());
    Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset.asDatasetGraph(), file.toString(), Lang.RDFTHRIFT));
    return dataset;
  }

  private Optional<KnowledgeBase> tryOpen(KnowledgeBaseBuilder builder, String digest, PipelineTimings timings) {
    Path snapshot = directory.resolve(digest + DATA);
    if (!Files.isRegularFile(directory.resolve(digest + PROPERTIES))) {
      return Optional.empty();
    }
    try {
      long start = System.nanoTime();
      Properties properties = readProperties(directory.resolve(digest + PROPERTIES));
      Dataset dataset = read(snapshot);
      timings.record("snapshot", millisSince(start));
      KnowledgeBase kb = builder.over(dataset, timings, Long.parseLong(properties.getProperty("asserted")),
          Long.parseLong(properties.getProperty("inferred")));
      LOG.info("Knowledge base opened from the snapshot {}: {}", snapshot, timings);
      return Optional.of(kb);
    } catch (NoSuchFileException | RiotException | NumberFormatException e) {
      // Removed by another process's clean-up between the check and the read, or damaged on disk: build it again.
      LOG.warn("The snapshot {} cannot be read ({}); it is built again.", snapshot, e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the snapshot " + snapshot, e);
    }
  }

  private String why(SnapshotInputs inputs, boolean rebuild) {
    if (rebuild) {
      return "Rebuilding the knowledge base (--rebuild); its snapshot goes to " + directory + ".";
    }
    List<String> existing = digests();
    if (existing.isEmpty()) {
      return "No snapshot of the knowledge base in " + directory + ": building it (a few seconds; later commands open it).";
    }
    List<String> changes = inputs.changesSince(readInputs(directory.resolve(existing.get(0) + INPUTS)), 5);
    return "The knowledge base snapshot in " + directory + " is out of date (" + String.join(", ", changes) + "): rebuilding it.";
  }

  private void write(KnowledgeBase core, SnapshotInputs inputs, String digest) {
    try {
      Files.createDirectories(directory);
      writeFile(digest + DATA, out -> Txn.executeRead(core.dataset(),
          () -> RDFDataMgr.write(out, core.dataset().asDatasetGraph(), RDFFormat.RDF_THRIFT)));
      StringBuilder listed = new StringBuilder();
      inputs.files().forEach((key, hash) -> listed.append(key).append('\t').append(hash).append('\n'));
      writeFile(digest + INPUTS, out -> out.write(listed.toString().getBytes(StandardCharsets.UTF_8)));
      Properties properties = new Properties();
      properties.setProperty("digest", digest);
      properties.setProperty("created", Instant.now().toString());
      properties.setProperty("asserted", Long.toString(core.assertedTriples()));
      properties.setProperty("inferred", Long.toString(core.inferredTriples()));
      properties.setProperty("build", core.timings().toString());
      // Last: the snapshot exists from the moment this file is in place.
      writeFile(digest + PROPERTIES, out -> properties.store(out, "A reasoned knowledge base, written by crlm"));
    } catch (IOException | UncheckedIOException e) {
      throw new CrlmException("Cannot write the knowledge base snapshot in %s (%s). Free space there or pass --snapshot DIR."
          .formatted(directory, reason(e)));
    }
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code name} whole under a temporary name, on disk, then renames it into place. */
  private void writeFile(String name, Content content) throws IOException {
    Path temporary = directory.resolve(IN_PROGRESS + ProcessHandle.current().pid() + "-" + name);
    try (FileOutputStream file = new FileOutputStream(temporary.toFile());
        OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
      content.writeTo(out);
      out.flush();
      file.getFD().sync();
    }
    Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes all but the most recent snapshots, and what killed builds left; called under the build lock. */
  private void prune(String current) {
    List<String> kept = new ArrayList<>(digests().stream().filter(d -> !d.equals(current)).limit(KEPT - 1).toList());
    kept.add(current);
    try (Stream<Path> listed = Files.list(directory)) {
      for (Path p : listed.toList()) {
        String name = p.getFileName().toString();
        boolean leftover = name.startsWith(IN_PROGRESS);
        boolean old = Files.isRegularFile(p) && !name.startsWith(".") && kept.stream().noneMatch(name::startsWith);
        if (leftover || old) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot remove old snapshots in {}: {}", directory, e.getMessage());
    }
  }

  private static boolean isSnapshotFile(Path p, String suffix) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && name.endsWith(suffix) && Files.isRegularFile(p);
  }

  private static String digestOfFile(Path p, String suffix) {
    String name = p.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  private <T> T underBuildLock(Supplier<T> build) {
    synchronized (BUILDS) {
      try {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          FileLock lock = channel.tryLock();
          if (lock == null) {
            notices.accept("Another process is building the knowledge base snapshot in " + directory + "; waiting for it.");
            lock = channel.lock();
          }
          try {
            return build.get();
          } finally {
            lock.release();
          }
        }
      } catch (IOException e) {
        throw new CrlmException("Cannot use the snapshot directory %s (%s). Pass --snapshot DIR for a writable one."
            .formatted(directory, reason(e)));
      }
    }
  }

  private static SnapshotInputs readInputs(Path file) {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.map(line -> line.split("\t", 2)).filter(f -> f.length == 2).forEach(f -> files.put(f[0], f[1]));
    } catch (IOException | UncheckedIOException e) {
      // An unreadable list only makes the message less precise.
    }
    return new SnapshotInputs(files);
  }

  private static Properties readProperties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static java.nio.file.attribute.FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return java.nio.file.attribute.FileTime.fromMillis(0);
    }
  }

  /** What went wrong with a file, in words: the JDK's file exceptions often give only the path. */
  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String kind = switch (cause) {
      case java.nio.file.AccessDeniedException a -> "permission denied";
      case NoSuchFileException n -> "a directory on the way does not exist or cannot be made";
      case java.nio.file.FileSystemException f -> f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
      default -> String.valueOf(cause.getMessage());
    };
    return kind;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
