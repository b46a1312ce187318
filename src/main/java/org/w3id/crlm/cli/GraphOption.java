package org.w3id.crlm.cli;

import org.w3id.crlm.kb.GraphSelection;
import picocli.CommandLine.Option;

/** Which statements a command sees: the option shared by query and export. */
final class GraphOption {
  @Option(
      names = "--graph",
      paramLabel = "GRAPH",
      converter = Converters.Graph.class,
      defaultValue = "union",
      description = "union (default; also: both), asserted (only what the ontology states) or inferred (only what the reasoner added).")
  GraphSelection graph;
}
