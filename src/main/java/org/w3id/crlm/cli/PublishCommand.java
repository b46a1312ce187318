package org.w3id.crlm.cli;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.publish.GraphStorePublisher;
import org.w3id.crlm.publish.GraphStorePublisher.Published;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Push the knowledge base's graphs to a SPARQL 1.1 Graph Store Protocol server (Fuseki, GraphDB, Virtuoso).",
      "Without --graph the store's whole dataset is replaced: the asserted, inferred, comparisons and",
      "annotation graphs, and the default graph (their reasoned union), unless --no-default-graph.",
      "With --graph, only the graphs named are replaced, each in one request."
    })
final class PublishCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "URL",
      description = "The store's dataset URL, for Fuseki http://HOST:3030/NAME.")
  String url;

  @Option(names = "--graph", paramLabel = "IRI",
      description = "A named graph to replace (repeatable), or 'default' for the default graph.")
  List<String> graphs;

  @Option(names = "--no-default-graph",
      description = "Leave the default graph out: for stores whose default graph is the union of their named graphs.")
  boolean noDefaultGraph;

  @Option(names = "--user", paramLabel = "NAME",
      description = "Log in to the store with HTTP basic authentication; the password is read from CRLM_PUBLISH_PASSWORD.")
  String user;

  @Override
  public Integer call() {
    GraphStorePublisher publisher = new GraphStorePublisher(url, client());
    KnowledgeBase kb = knowledgeBase.build();
    Published published = graphs == null || graphs.isEmpty()
        ? publisher.publishAll(kb.dataset(), !noDefaultGraph)
        : publisher.publishGraphs(kb.dataset(), graphs);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("published %d quads in %d graph(s) to %s in %d ms:%n", published.quads(), published.graphs().size(),
        published.url(), published.millis());
    published.graphs().forEach(g -> out.printf("  %s%n", g));
    out.flush();
    return 0;
  }

  private HttpClient client() {
    if (user == null) {
      return GraphStorePublisher.defaultClient();
    }
    String password = System.getenv("CRLM_PUBLISH_PASSWORD");
    if (password == null) {
      throw new CrlmException("--user %s needs the password in the environment variable CRLM_PUBLISH_PASSWORD.".formatted(user));
    }
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).authenticator(new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, password.toCharArray());
      }
    }).build();
  }
}
