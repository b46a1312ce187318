package org.w3id.crlm;

import java.nio.file.Path;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;

/** The knowledge base built from the repository's ontology, once per test JVM. */
public final class TestKnowledgeBase {
  private static KnowledgeBase instance;

  private TestKnowledgeBase() {}

  public static Path home() {
    return Path.of(System.getProperty("crlm.home", ".")).toAbsolutePath();
  }

  public static Path ontologyDirectory() {
    return home().resolve("ontology");
  }

  public static Path corpusDirectory() {
    return home().resolve("../shared/corpus").normalize();
  }

  public static Path fixture(String name) {
    return home().resolve("src/test/resources/fixtures").resolve(name);
  }

  /**
   * An empty annotation store: the test knowledge base holds the annotation graphs that the build
   * makes for the corpus documents, and nothing a developer ingested into data/.
   */
  private static Path emptyStore() {
    try {
      Path store = java.nio.file.Files.createTempDirectory("crlm-test-store");
      store.toFile().deleteOnExit();
      return store;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static synchronized KnowledgeBase get() {
    if (instance == null) {
      instance = new KnowledgeBaseBuilder(ontologyDirectory(), corpusDirectory())
          .withAnnotationStore(emptyStore())
          .build();
    }
    return instance;
  }
}
