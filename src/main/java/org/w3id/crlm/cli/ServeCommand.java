package org.w3id.crlm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.query.RemoteStore;
import org.w3id.crlm.web.CrlmServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Build and reason the knowledge base, then serve it: SPARQL 1.1 endpoint at /sparql, JSON services under /api/, the web UI at /ui/.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  static final String TOKEN_VARIABLE = "CRLM_TOKEN";
  private static final int MIN_TOKEN_LENGTH = 16;

  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Deadline of a SPARQL query request, from its first byte to its last (default ${DEFAULT-VALUE}).")
  long queryTimeoutSeconds;

  @Option(names = "--reasoning-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Deadline of a profile, check or explain request (default ${DEFAULT-VALUE}); a request may ask less with timeout=.")
  long reasoningTimeoutSeconds;

  @Option(names = "--upload-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Deadline of a document upload, reading and ingesting it (default ${DEFAULT-VALUE}).")
  long uploadTimeoutSeconds;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Close a connection that sends or takes nothing for this long (default ${DEFAULT-VALUE}).")
  long idleTimeoutSeconds;

  @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "1048576",
      description = "Largest body of a query, profile or draft (default ${DEFAULT-VALUE}).")
  int maxRequestBytes;

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "20",
      description = "Largest uploaded document (default ${DEFAULT-VALUE}).")
  int maxDocumentMb;

  @Option(names = "--allow-service", paramLabel = "URL",
      description = "A SPARQL endpoint that queries may call with SERVICE; repeat for several. Without it, SERVICE is refused.")
  List<String> allowedServices = List.of();

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the token that uploads must carry. Without it, the token is taken from " + TOKEN_VARIABLE
          + ", or made at start and printed.")
  Path tokenFile;

  @Option(names = "--sparql-store", paramLabel = "URL",
      description = "Answer /sparql from another store's query endpoint (the knowledge base published to it with 'crlm publish');"
          + " profiles, checks and explanations stay here. The crlm:quote function is not known there.")
  String sparqlStore;

  @Option(names = "--read-only", description = "Take no uploads at all.")
  boolean readOnly;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    String token = readOnly ? null : token();
    CrlmServer.ServerSettings settings = CrlmServer.ServerSettings.defaults(host, port)
        .withTimeouts(seconds(queryTimeoutSeconds, "--query-timeout"), seconds(reasoningTimeoutSeconds, "--reasoning-timeout"),
            seconds(uploadTimeoutSeconds, "--upload-timeout"), seconds(idleTimeoutSeconds, "--idle-timeout"))
        .withSizeLimits(positive(maxRequestBytes, "--max-request-bytes"), positive(maxDocumentMb, "--max-document-mb") * 1024L * 1024L)
        .withWriteToken(token)
        .withAllowedServices(new LinkedHashSet<>(allowedServices))
        .withSparqlStore(sparqlStore == null ? null : RemoteStore.at(sparqlStore).endpoint())
        .withSnapshots(knowledgeBase.snapshots());
    KnowledgeBase kb = knowledgeBase.build();
    AnnotationStore store = new AnnotationStore(knowledgeBase.store.directory);
    IngestService ingest = new IngestService(new TextAnalyzer(kb.dictionary()), store, knowledgeBase.corpus.directory, CrlmVersion.get());
    CrlmServer server = CrlmServer.start(kb, settings, ingest, Corpus.at(knowledgeBase.corpus.directory));
    LOG.info("Ready: http://{}:{}{} (start-up {} ms: {})", host, server.port(), CrlmServer.SPARQL_PATH,
        (System.nanoTime() - start) / 1_000_000, kb.timings());
    if (token == null) {
      LOG.info("Read-only: uploads are refused.");
    } else if (tokenFile == null && System.getenv(TOKEN_VARIABLE) == null) {
      LOG.info("Uploads need this token, as the header 'Authorization: Bearer {}' (set {} or --token-file to choose it)",
          token, TOKEN_VARIABLE);
    } else {
      LOG.info("Uploads need the token given {}.", tokenFile != null ? "in " + tokenFile : "by " + TOKEN_VARIABLE);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** The token uploads must carry: from --token-file, from the environment, or made now. */
  private String token() {
    String token;
    String source;
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new CrlmException("Cannot read the token file %s: %s. Give a readable file holding the token.".formatted(tokenFile, e.getMessage()));
      }
      source = "The token file " + tokenFile;
    } else if (System.getenv(TOKEN_VARIABLE) != null) {
      token = System.getenv(TOKEN_VARIABLE).strip();
      source = TOKEN_VARIABLE;
    } else {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    if (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new CrlmException(("%s holds no usable token: give at least %d printable characters without spaces"
          + " (for example the output of 'openssl rand -base64 24').").formatted(source, MIN_TOKEN_LENGTH));
    }
    return token;
  }

  private static Duration seconds(long value, String option) {
    return Duration.ofSeconds(positive((int) Math.min(value, Integer.MAX_VALUE), option));
  }

  private static int positive(int value, String option) {
    if (value <= 0) {
      throw new CrlmException("%s must be a positive number; it is %d.".formatted(option, value));
    }
    return value;
  }
}
