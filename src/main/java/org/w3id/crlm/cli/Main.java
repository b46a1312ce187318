package org.w3id.crlm.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.ErrorCode;
import org.w3id.crlm.DeadlineExceededException;
import picocli.CommandLine;

/** Entry point of {@code ./crlm}. */
public final class Main {
  static final int BAD_INPUT = 1;
  static final int INTERNAL_ERROR = 2;
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, new PrintWriter(System.out, true), err);
    if (Boolean.getBoolean(CPU_REPORT)) {
      // For the snapshot benchmark, which runs commands as processes: their CPU time, JVM start included.
      err.println("cpu-ms " + ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
          .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
    }
    System.exit(code);
  }

  /** The system property that makes a command print its process's CPU time when it ends. */
  static final String CPU_REPORT = "crlm.cpu-report";

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = CrlmCommand.forArguments(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, argv) -> {
      err.println("crlm: " + e.getMessage());
      e.getCommandLine().usage(err);
      return BAD_INPUT;
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof DeadlineExceededException deadline) {
        err.println("crlm: " + e.getMessage() + " Raise the limit with --timeout SECONDS. [" + deadline.code() + "]");
        return BAD_INPUT;
      }
      if (e instanceof CrlmException refused) {
        err.println("crlm: " + e.getMessage() + " [" + refused.code() + "]");
        return BAD_INPUT;
      }
      LOG.error("Internal error", e);
      err.println("crlm: internal error: " + e + ". This is a bug; the log above has the details. [" + ErrorCode.INTERNAL + "]");
      return INTERNAL_ERROR;
    });
    return commandLine.execute(args);
  }
}
