package org.w3id.crlm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.crlm.CrlmException;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.ingest.TextAnalyzer;
import org.w3id.crlm.ingest.eval.ConceptResolver;
import org.w3id.crlm.ingest.eval.Evaluation;
import org.w3id.crlm.ingest.eval.HeldOutEvaluation;
import org.w3id.crlm.ingest.eval.HeldOutSet;
import org.w3id.crlm.ingest.link.EntityMatcher;
import org.w3id.crlm.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the entity matcher against gold annotations.",
      "Prints precision, recall and F1 per entity category: a mention counts as right only with",
      "the exact span, category and entity of a gold mention. With --held-out DIR, scores the whole",
      "ingest pipeline on documents it was not developed on: entities, numeric claims (value, unit",
      "and comparator) and relations."
    })
final class EvalCommand implements Callable<Integer> {
  @Mixin KnowledgeBaseOptions knowledgeBase;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "GOLD",
      arity = "0..*",
      description = "Gold files or directories of them, named after the corpus document (NAME.tsv for NAME.txt). Default: ${sys:crlm.home:-.}/src/test/resources/gold.")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--errors", description = "Also list each wrong and each missed mention, with its text.")
  boolean errors;

  @Option(names = "--held-out", paramLabel = "DIR", description = "A held-out set: NAME.txt documents with NAME.entities.tsv, NAME.numbers.tsv and NAME.relations.tsv (see src/test/resources/heldout/README.md).")
  Path heldOut;

  @Override
  public Integer call() {
    if (heldOut != null) {
      return heldOut();
    }
    List<Path> files = goldFiles();
    KnowledgeBase kb = knowledgeBase.build();
    EntityMatcher matcher = new EntityMatcher(kb.dictionary());
    Corpus corpus = Corpus.at(knowledgeBase.corpus.directory);
    Evaluation evaluation = Evaluation.of(matcher, corpus, files);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("entity matcher against %d gold file(s): %s%n", files.size(),
        String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()));
    printScores(out, evaluation);
    if (errors) {
      for (Evaluation.Error e : evaluation.errors()) {
        out.printf("%s %s %d-%d %s %s \"%s\"%n", e.kind(), e.document(), e.start(), e.end(), e.category().label(),
            e.entity(), corpus.span(e.document(), e.start(), e.end()).replaceAll("\\s+", " "));
      }
    }
    out.flush();
    return 0;
  }

  private static void printScores(PrintWriter out, Evaluation evaluation) {
    out.printf("%-17s %6s %9s %7s %9s %7s %6s%n", "category", "gold", "predicted", "correct", "precision", "recall", "F1");
    for (Map.Entry<String, Evaluation.Score> row : evaluation.scores().entrySet()) {
      Evaluation.Score s = row.getValue();
      if (s.gold() == 0 && s.predicted() == 0) {
        continue;
      }
      out.printf("%-17s %6d %9d %7d %9.3f %7.3f %6.3f%n", row.getKey(), s.gold(), s.predicted(), s.correct(),
          s.precision(), s.recall(), s.f1());
    }
  }

  private int heldOut() {
    List<HeldOutSet.Document> documents = HeldOutSet.read(heldOut);
    KnowledgeBase kb = knowledgeBase.build();
    ConceptResolver resolver = new ConceptResolver(kb.dictionary(), kb.dataset().getUnionModel());
    HeldOutEvaluation evaluation = HeldOutEvaluation.of(new TextAnalyzer(kb.dictionary()), resolver, documents);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("ingest pipeline against %d held-out document(s) in %s: %s%n", documents.size(), heldOut,
        String.join(", ", documents.stream().map(HeldOutSet.Document::name).toList()));
    out.println("Entities (exact span, category and entity):");
    printScores(out, evaluation.entities());
    HeldOutEvaluation.NumberScore n = evaluation.numbers();
    out.printf("Numeric claims: %d gold, %d predicted; recall %.3f (value and unit), %.3f with the comparator; precision %.3f%n",
        n.gold(), n.predicted(), n.recall(), n.recallWithComparator(), n.precision());
    out.println("Relations (kind, both ends, sentence):");
    out.printf("%-20s %6s %7s %9s %7s%n", "relation", "gold", "found", "predicted", "recall");
    for (Map.Entry<String, int[]> row : evaluation.relations().entrySet()) {
      int[] c = row.getValue();
      out.printf("%-20s %6d %7d %9d %7.3f%n", row.getKey(), c[0], c[1], c[2], c[0] == 0 ? 0.0 : (double) c[1] / c[0]);
    }
    if (errors) {
      for (Evaluation.Error e : evaluation.entities().errors()) {
        out.printf("%s %s %d-%d %s %s%n", e.kind(), e.document(), e.start(), e.end(), e.category().label(), e.entity());
      }
      evaluation.misses().forEach(m -> out.printf("%s %s%n", m.document(), m.what()));
    }
    out.flush();
    return 0;
  }

  private List<Path> goldFiles() {
    List<Path> roots = gold.isEmpty()
        ? List.of(Path.of(System.getProperty("crlm.home", "."), "src", "test", "resources", "gold"))
        : gold;
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> list = Files.list(root)) {
          list.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new CrlmException("Cannot list gold directory %s: %s".formatted(root, e.getMessage()));
        }
      } else if (Files.isRegularFile(root) && root.toString().endsWith(".tsv")) {
        files.add(root);
      } else {
        throw new CrlmException("Gold file or directory not found: %s. Give .tsv gold files named after the corpus document, or a directory of them."
            .formatted(root));
      }
    }
    if (files.isEmpty()) {
      throw new CrlmException("No gold files (.tsv) in %s.".formatted(roots));
    }
    return files;
  }
}
