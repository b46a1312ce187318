package org.w3id.crlm.publish;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.crlm.CrlmException;

/**
 * An Apache Fuseki server in a process of its own, with one in-memory dataset that takes updates:
 * the peer that tests publish to and that the benchmark measures the server against. The jar is
 * the build's copy of {@code jena-fuseki-server} (target/fuseki/fuseki-server.jar).
 */
public final class FusekiProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final String dataset;

  private FusekiProcess(Process process, int port, String dataset) {
    this.process = process;
    this.port = port;
    this.dataset = dataset;
  }

  /** Starts Fuseki on a free port with the dataset {@code /name}, and returns once it answers. */
  public static FusekiProcess start(Path jar, String name, List<String> jvmOptions) {
    if (!Files.isRegularFile(jar)) {
      throw new CrlmException("No Fuseki server at %s. Run 'mvn -DskipTests package', which copies it there.".formatted(jar));
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--mem", "--update", "--localhost", "--port", Integer.toString(port), "/" + name));
    try {
      // Its log beside the jar, so that a failure under load can be read afterwards; its working
      // directory there too, where it writes its run/ directory (configuration, templates).
      Process process = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile()).redirectErrorStream(true)
          .redirectOutput(jar.resolveSibling("fuseki.log").toFile()).start();
      FusekiProcess fuseki = new FusekiProcess(process, port, name);
      fuseki.awaitReady(Duration.ofSeconds(90));
      return fuseki;
    } catch (IOException e) {
      throw new CrlmException("Cannot start Fuseki from %s: %s".formatted(jar, e.getMessage()));
    }
  }

  /** The dataset's URL, which takes the Graph Store Protocol: http://localhost:PORT/NAME. */
  public String datasetUrl() {
    return "http://localhost:" + port + "/" + dataset;
  }

  /** The dataset's SPARQL query endpoint. */
  public String queryEndpoint() {
    return datasetUrl() + "/sparql";
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private void awaitReady(Duration limit) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new CrlmException("Fuseki stopped at start (exit code %d).".formatted(process.exitValue()));
      }
      try {
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryEndpoint() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(2)).build();
        if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new CrlmException("Fuseki did not answer within %d s.".formatted(limit.toSeconds()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new CrlmException("No free port for Fuseki: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
