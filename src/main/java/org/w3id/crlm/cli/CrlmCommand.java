package org.w3id.crlm.cli;

import java.util.List;
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
    footer = {"", "Exit codes: 0 success, 1 bad input, 2 internal error."})
public final class CrlmCommand implements Runnable {
  /** The commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
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
      CommandLine.HelpCommand.class);

  /**
   * The command line for these arguments. When they name a command, only that command is
   * registered: picocli reads each command's options by reflection, and reading all twenty took
   * a third of a second of every short command's start. Anything else (no command, an unknown
   * one, {@code help}, {@code --version}) gets them all, so that help and errors list them.
   */
  static CommandLine forArguments(String[] args) {
    CommandLine commandLine = new CommandLine(new CrlmCommand());
    Class<?> named = args.length == 0 ? null : COMMANDS.stream()
        .filter(command -> command.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    for (Class<?> command : COMMANDS) {
      if (named == null || named == CommandLine.HelpCommand.class || command == named) {
        commandLine.addSubcommand(command);
      }
    }
    return commandLine;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Give a command, for example: crlm query FILE.rq");
  }
}
