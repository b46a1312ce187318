package org.w3id.crlm.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmVersion;
import org.w3id.crlm.ingest.IngestService;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.store.AnnotationStore;
import org.w3id.crlm.ingest.text.DocumentReader;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.web.CrlmServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Build and reason the knowledge base, then serve it: SPARQL 1.1 endpoint at /sparql.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Stop a query after this many seconds (default ${DEFAULT-VALUE}).")
  long queryTimeoutSeconds;

  @Option(names = "--max-request-bytes", defaultValue = "1048576", description = "Largest accepted request body (default ${DEFAULT-VALUE}).")
  int maxRequestBytes;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    KnowledgeBase kb = knowledgeBase.build();
    IngestService ingest = new IngestService(
        new TextAnalyzer(kb.dictionary()),
        new AnnotationStore(knowledgeBase.store.directory), knowledgeBase.corpus.directory, CrlmVersion.get());
    CrlmServer server = CrlmServer.start(kb, new CrlmServer.ServerSettings(
        host, port, Duration.ofSeconds(queryTimeoutSeconds), maxRequestBytes, DocumentReader.DEFAULT_MAX_BYTES), ingest,
        Corpus.at(knowledgeBase.corpus.directory));
    LOG.info("Ready: http://{}:{}{} (start-up {} ms: {})", host, server.port(), CrlmServer.SPARQL_PATH,
        (System.nanoTime() - start) / 1_000_000, kb.timings());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
