package org.w3id.crlm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code crlm <command>}. Exit codes: 0 success, 1 bad input (the message
 * says what and how to fix it), 2 internal error.
 */
@Command(
    name = "crlm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Knowledge graph and OWL reasoner for metastatic colorectal cancer.",
    subcommands = {
      BuildCommand.class,
      QueryCommand.class,
      ClassifyCommand.class,
      ReportCommand.class,
      ReleaseCommand.class,
      ExportCommand.class,
      StageCommand.class,
      ExplainCommand.class,
      DiffCommand.class,
      FiguresCommand.class,
      ProfileCommand.class,
      CohortCommand.class,
      CheckCommand.class,
      LocateCommand.class,
      ServeCommand.class,
      PublishCommand.class,
      BenchmarkCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      ReviewCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 success, 1 bad input, 2 internal error."})
public final class CrlmCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Give a command, for example: crlm query FILE.rq");
  }
}
