package org.w3id.crlm.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmVersion;

/**
 * Everything a knowledge base is built from, each file by its SHA-256: the ontology directory
 * (vocabulary, facts, shapes), the corpus, extra ontology files, and the code that builds it (the
 * jar, or the class files when run from a build directory). Their digest names a snapshot: the
 * same inputs give the same digest, any change of any input another.
 *
 * @param files key "kind:name" (ontology:facts/x.ttl, corpus:003.txt, extra:/abs/path, code:crlm.jar) to SHA-256
 */
public record SnapshotInputs(SortedMap<String, String> files) {

  /** The inputs of a build from these directories, hashed now. */
  public static SnapshotInputs of(Path ontologyDirectory, Path corpusDirectory, List<Path> extraFiles) {
    return of(ontologyDirectory, corpusDirectory, extraFiles, codeLocation());
  }

  /** The inputs of a build by the code at {@code code} (a jar or a class directory). */
  static SnapshotInputs of(Path ontologyDirectory, Path corpusDirectory, List<Path> extraFiles, Path code) {
    SortedMap<String, String> files = new TreeMap<>();
    hashTree("ontology", ontologyDirectory, files);
    hashTree("corpus", corpusDirectory, files);
    for (Path extra : extraFiles) {
      files.put("extra:" + extra.toAbsolutePath().normalize(), sha256(extra));
    }
    if (Files.isDirectory(code)) {
      hashTree("code", code, files);
    } else {
      files.put("code:" + code.getFileName(), sha256(code));
    }
    files.put("code:version", sha256(CrlmVersion.get().getBytes(StandardCharsets.UTF_8)));
    return new SnapshotInputs(files);
  }

  /** The digest of all inputs: of every key and hash, in key order. */
  public String digest() {
    StringBuilder all = new StringBuilder();
    files.forEach((key, hash) -> all.append(key).append('\t').append(hash).append('\n'));
    return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What changed since {@code older}, in words for a user: "ontology file facts/x.ttl changed",
   * "corpus file 005.txt added", "the code changed". At most {@code limit} items, then a count.
   */
  public List<String> changesSince(SnapshotInputs older, int limit) {
    List<String> changes = new ArrayList<>();
    boolean codeChanged = false;
    for (Map.Entry<String, String> e : files.entrySet()) {
      String before = older.files.get(e.getKey());
      if (before == null || !before.equals(e.getValue())) {
        if (e.getKey().startsWith("code:")) {
          codeChanged = true;
        } else {
          changes.add(describe(e.getKey()) + (before == null ? " added" : " changed"));
        }
      }
    }
    for (String key : older.files.keySet()) {
      if (!files.containsKey(key)) {
        if (key.startsWith("code:")) {
          codeChanged = true;
        } else {
          changes.add(describe(key) + " removed");
        }
      }
    }
    if (codeChanged) {
      changes.add(0, "the code changed");
    }
    if (changes.size() > limit) {
      int more = changes.size() - limit;
      changes = new ArrayList<>(changes.subList(0, limit));
      changes.add(more + " more");
    }
    return changes;
  }

  private static String describe(String key) {
    int colon = key.indexOf(':');
    return key.substring(0, colon) + " file " + key.substring(colon + 1);
  }

  private static void hashTree(String kind, Path directory, SortedMap<String, String> files) {
    Path root = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return; // The build names a missing directory with its own error.
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(p -> files.put(kind + ":" + root.relativize(p).toString().replace('\\', '/'), sha256(p)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root + " to check the snapshot", e);
    }
  }

  /** The jar or class directory this code runs from. */
  static Path codeLocation() {
    try {
      return Path.of(SnapshotInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("The code's location is not a file path", e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = newDigest();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " to check the snapshot", e);
    }
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
