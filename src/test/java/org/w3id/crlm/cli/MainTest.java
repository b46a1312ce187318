package org.w3id.crlm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.crlm.TestKnowledgeBase;

/** The command line through its real entry point: output and exit codes. */
class MainTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withOntology = new String[args.length + 2];
    System.arraycopy(args, 0, withOntology, 0, args.length);
    withOntology[args.length] = "--ontology";
    withOntology[args.length + 1] = TestKnowledgeBase.ontologyDirectory().toString();
    boolean needsOntology = args.length > 0 && !args[0].equals("--help") && !args[0].equals("help")
        && !args[0].equals("nonsense") && !java.util.Arrays.asList(args).contains("--help");
    int exit = Main.run(needsOntology ? withOntology : args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void answersAQueryFileAsCsv() {
    Run run = run("query", "-f", "csv", TestKnowledgeBase.home().resolve("queries/stage-group-pt4b-n2a-m1b.rq").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("classification,stageGroup,stageGroupLabel\r\n"
        + "https://w3id.org/crlm/case/003-pathological-staging,https://w3id.org/crlm/StageIVB,Stage IVB\r\n", run.out());
  }

  @Test
  void answersAQueryStringAsJson() {
    Run run = run("query", "-f", "json", "ASK { crlm:panitumumab a crlm:AntiEGFRMonoclonalAntibody }");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().replaceAll("\\s", "").contains("\"boolean\":true"), run.out());
  }

  @Test
  void theAnswerInferredIsAbsentFromTheAssertedGraph() {
    Run run = run("query", "--graph", "asserted", "ASK { crlm:panitumumab a crlm:AntiEGFRMonoclonalAntibody }");
    assertEquals("no\n", run.out());
  }

  @Test
  void exitsWith1AndTheLineOfAMalformedQuery() {
    Run run = run("query", "SELECT ?x WHERE { ?x a }");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("crlm: SPARQL syntax error at line 1, column 24:"), run.err());
  }

  @Test
  void exitsWith1WhenTheQueryFileIsMissing() {
    Run run = run("query", "queries/no-such-question.rq");
    assertEquals(1, run.exit());
    assertEquals("crlm: Query file not found: queries/no-such-question.rq. Give the path of an existing .rq file,"
        + " or the SPARQL text itself. [CRLM-E01]\n", run.err());
  }

  @Test
  void exitsWith1OnAnUnknownFormatListingTheKnownOnes() {
    Run run = run("query", "-f", "yaml", "ASK {}");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("Unknown format 'yaml'. Known formats: table, csv, tsv, json, xml, turtle,"
        + " ntriples, jsonld, rdfxml."), run.err());
  }

  @Test
  void exitsWith1OnAnUnknownCommand() {
    assertEquals(1, run("nonsense").exit());
  }

  @Test
  void theHelpListsEveryCommandAndHelpOfACommandIsItsUsage() {
    Run all = run("--help");
    assertEquals(0, all.exit(), all.err());
    for (String command : new String[] {"build", "query", "ingest", "cohort", "serve", "review", "help"}) {
      assertTrue(all.out().contains("\n  " + command + " "), command + " in " + all.out());
    }
    Run one = run("help", "ingest");
    assertEquals(0, one.exit(), one.err());
    assertTrue(one.out().startsWith("Usage: crlm ingest"), one.out());
    Run unknown = run("nonsense");
    assertTrue(unknown.err().startsWith("crlm: Unmatched argument at index 0: 'nonsense'\nUsage: crlm"), unknown.err());
    assertTrue(unknown.err().contains("\n  profile "), unknown.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"query", "classify", "export", "stage", "serve", "benchmark"}) {
      Run run = run(command, "--help");
      assertEquals(0, run.exit(), command);
      assertTrue(run.out().startsWith("Usage: crlm " + command), run.out());
    }
  }

  @Test
  void classifyReportsACoherentOntologyAndThePhases() {
    Run run = run("classify");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("consistent: yes\nunsatisfiable classes: none\n"), run.out());
    for (String phase : new String[] {"parse", "load", "consistency", "classification", "realization", "materialization"}) {
      assertTrue(run.out().contains("  " + phase + " "), phase + " in " + run.out());
    }
  }

  @Test
  void stageGivesTheStageGroupOfATnm() {
    Run run = run("stage", "pT4bN2aM1b");
    assertEquals(0, run.exit(), run.err());
    assertEquals("TNM: pT4b pN2a pM1b\nstage group: StageIVB\nwithin: StageIV\n", run.out());
  }

  @Test
  void stageWarnsOfACategoryOfAnotherStandardAndStagesByItsAjccCategory() {
    Run run = run("stage", "cT3a", "cN2", "cM1a");
    assertEquals(0, run.exit(), run.err());
    assertEquals("TNM: cT3a cN2 cM1a\nstage group: StageIVA\nwithin: StageIV\n", run.out());
    assertEquals("crlm stage: warning: cT3a is not an AJCC 8th edition category: T3a comes from ESMO rectal cancer guideline 2017."
        + " It is kept as written; the stage group is that of the AJCC category it subdivides, T3.\n", run.err());
  }

  @Test
  void stageRefusesASubcategoryOfNoStandardNamingTheValidOnes() {
    Run run = run("stage", "cT3", "cN1", "cM1d");
    assertEquals(1, run.exit());
    assertEquals("crlm: 'cM1d' in TNM 'cT3 cN1 cM1d' is a category of no staging standard the knowledge base knows."
        + " M categories: AJCC 8th edition: M0, M1, M1a, M1b, M1c. [CRLM-E03]\n", run.err());
  }

  @Test
  void stageExitsWith1OnAnInvalidCategory() {
    Run run = run("stage", "T5", "N0", "M0");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("crlm: Cannot read 'T5N0M0'") || run.err().contains("'T5"), run.err());
  }

  @Test
  void exportsTheInferredGraphAsTurtleThatReadsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("inferred.ttl");
    Run run = run("export", "--graph", "inferred", "-f", "turtle", "-o", file.toString());
    assertEquals(0, run.exit(), run.err());
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, Files.newInputStream(file), org.apache.jena.riot.Lang.TURTLE);
    assertEquals(TestKnowledgeBase.get().inferredTriples(), model.size());
  }
}
