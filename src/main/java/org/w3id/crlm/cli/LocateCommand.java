package org.w3id.crlm.cli;

import java.util.concurrent.Callable;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.corpus.Locator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "locate",
    mixinStandardHelpOptions = true,
    description = {
      "For curators: print the locator of a sentence of a corpus document.",
      "The locator (code-point offsets and digest) cites the sentence from an evidence item",
      "without copying it. Example:",
      "  crlm locate 002_99b98df18908f3a3.txt 'Critical pitfall' 'these agents.'"
    })
final class LocateCommand implements Callable<Integer> {
  @Mixin CorpusOption corpus;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Corpus file name.")
  String fileName;

  @Parameters(index = "1", paramLabel = "START", description = "The words the sentence starts with, exactly as in the file.")
  String startWords;

  @Parameters(index = "2", paramLabel = "END", description = "The words it ends with.")
  String endWords;

  @Option(names = "--occurrence", defaultValue = "1", description = "Use the n-th occurrence of START (default 1).")
  int occurrence;

  @Override
  public Integer call() {
    Locator locator = Locator.find(Corpus.at(corpus.directory), fileName, startWords, endWords, occurrence);
    spec.commandLine().getOut().println(locator.toTurtle());
    return 0;
  }
}
