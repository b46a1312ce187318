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

  public static synchronized KnowledgeBase get() {
    if (instance == null) {
      instance = new KnowledgeBaseBuilder(ontologyDirectory(), corpusDirectory()).build();
    }
    return instance;
  }
}
