package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.crlm.TestKnowledgeBase;
import org.w3id.crlm.corpus.Corpus;
import org.w3id.crlm.kb.KnowledgeBase;
import org.w3id.crlm.kb.KnowledgeBaseBuilder;
import org.w3id.crlm.snapshot.SnapshotDirectory;

/**
 * The web UI in a real headless browser: Debian's chromium through its chromedriver (nothing is
 * downloaded). Where they are missing the tests are skipped, unless CRLM_REQUIRE_BROWSER is set,
 * as .ci/run sets it after installing them. Screenshots go to target/screenshots/.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = TestKnowledgeBase.home().resolve("target/screenshots");

  private static final Path KEPT = TestKnowledgeBase.home().resolve("target/browser-test-snapshots");
  private static String older;
  private static CrlmServer server;
  private static WebDriver browser;
  private static String base;

  @BeforeAll
  static void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("CRLM_REQUIRE_BROWSER") != null) {
      fail("CRLM_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install chromium and chromium-driver.");
    }
    assumeTrue(present, "chromium and chromedriver are not installed; .ci/run installs them");
    // Two versions kept, the served one with a file of test cancers added: what /api/diff compares.
    SnapshotDirectory snapshots = new SnapshotDirectory(KEPT, notice -> {});
    KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder(TestKnowledgeBase.ontologyDirectory(), TestKnowledgeBase.corpusDirectory());
    older = snapshots.open(builder, false).version();
    KnowledgeBase served = snapshots.open(builder.withExtraFile(TestKnowledgeBase.fixture("cancers.ttl")), false);
    server = CrlmServer.start(served,
        CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(1 << 20, 1 << 20).withSnapshots(snapshots), null,
        Corpus.at(TestKnowledgeBase.corpusDirectory()));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Opens a page; what the last page showed is cleared first, so that no wait is met by it. */
  private static void open(String url) {
    if (browser.getCurrentUrl().startsWith(base)) {
      script("const m = document.getElementById('main'); if (m) m.replaceChildren();");
    }
    browser.get(url);
  }

  private static String queryUrl(String query) {
    return base + "/ui/#/query?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The texts of one column of the results table (YASGUI's first column numbers the rows). */
  private static List<String> column(int index) {
    return browser.findElements(By.cssSelector(".yasr table.dataTable tbody tr td:nth-child(" + (index + 1) + ")")).stream()
        .map(td -> td.findElements(By.cssSelector("a.iri")).isEmpty() ? td.getText() : td.findElement(By.cssSelector("a.iri")).getText())
        .toList();
  }

  private static Object script(String js, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(js, args);
  }

  @Test
  void anExampleQuestionShowsItsRowsLabelledAndExplainShowsTheProofWithItsSentences() throws Exception {
    open(base + "/ui/#/query");
    waiting().until(d -> new Select(d.findElement(By.id("examples"))).getOptions().size() > 10);
    new Select(browser.findElement(By.id("examples"))).selectByVisibleText("Which agents are contraindicated for KRAS G12D rectal cancer?");
    waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ row\\(s\\) in \\d+ ms")));
    waiting().until(d -> column(1).contains("cetuximab"));
    assertEquals(List.of("cetuximab", "panitumumab"), column(1).stream().distinct().sorted().toList(), "agents, by their labels");
    screenshot("query");

    WebElement panitumumab = browser.findElements(By.cssSelector(".yasr td:nth-child(2) .crlm-cell")).stream()
        .filter(c -> c.getText().startsWith("panitumumab")).findFirst().orElseThrow();
    panitumumab.findElement(By.cssSelector("button.explain")).click();
    WebElement statement = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-statement")));
    assertTrue(statement.getText().matches("Why .* has contraindicated agent panitumumab\\?"), statement.getText());
    WebElement proof = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.justification")));
    assertTrue(proof.getText().contains("weakest evidence: "), proof.getText());
    assertTrue(proof.findElements(By.cssSelector("blockquote.sentence")).size() >= 1, "a sentence under a step");
    assertTrue(proof.findElements(By.cssSelector("ol.steps a.entity")).size() >= 3, "the terms of the steps link to their pages");
    List<String> sentences = browser.findElements(By.cssSelector("blockquote.sentence")).stream().map(WebElement::getText).toList();
    assertEquals(sentences.size(), new java.util.HashSet<>(sentences).size(), "each sentence is quoted once: " + sentences);
    screenshot("explain");
  }

  @Test
  void theEditorOffersAClassByItsLabel() throws Exception {
    open(queryUrl("SELECT ?x WHERE { ?x a  }"));
    WebElement editor = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
    script("const cm = arguments[0].CodeMirror; cm.focus(); cm.setCursor({line: 0, ch: 23});", editor);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys("monoclonal").perform();
    script("arguments[0].CodeMirror.autocomplete && arguments[0].CodeMirror.autocomplete()", editor);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".CodeMirror-hints li")));
    List<String> offered = browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream().map(WebElement::getText).toList();
    assertTrue(offered.contains("anti-EGFR monoclonal antibody \u2014 crlm:AntiEGFRMonoclonalAntibody"), "found by a word of its label: " + offered);
    screenshot("query-autocomplete");
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    waiting().until(d -> ((String) script("return arguments[0].CodeMirror.getValue()", editor)).contains("crlm:"));
    String inserted = (String) script("return arguments[0].CodeMirror.getValue()", editor);
    assertTrue(inserted.contains("?x a crlm:"), "the prefixed IRI is inserted: " + inserted);
  }

  @Test
  void aConstructAnswerIsShownAsTurtle() throws Exception {
    open(queryUrl("CONSTRUCT { ?a a crlm:AntiEGFRAgent } WHERE { ?a a crlm:AntiEGFRAgent }"));
    waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ triple\\(s\\)")));
    browser.findElement(By.cssSelector(".yasr .select_response")).click();
    WebElement response = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr .CodeMirror")));
    String turtle = (String) script("return arguments[0].CodeMirror.getValue()", response);
    assertTrue(turtle.contains("<https://w3id.org/crlm/panitumumab>") || turtle.contains("crlm:panitumumab"), turtle);
    screenshot("query-construct");
    browser.findElement(By.cssSelector(".yasr .select_table")).click();
  }

  @Test
  void aLargeAnswerIsPagedAndItsLabelsFollowThePage() throws Exception {
    open(queryUrl("SELECT ?c WHERE { ?c a owl:Class FILTER(isIRI(?c)) } ORDER BY ?c"));
    waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ row\\(s\\)")));
    int rows = Integer.parseInt(browser.findElement(By.id("status")).getText().replaceAll(" .*", ""));
    assertTrue(rows > 200, "many classes: " + rows);
    waiting().until(d -> column(1).size() > 0 && column(1).size() <= 50);
    browser.findElement(By.cssSelector(".yasr .dt-paging button.next, .yasr .dt-paging-button.next")).click();
    waiting().until(d -> d.findElement(By.cssSelector(".yasr .dt-info")).getText().startsWith("Showing 51"));
    waiting().until(d -> column(1).stream().noneMatch(t -> t.startsWith("crlm:") || t.startsWith("<")));
    screenshot("query-paging");
  }

  @Test
  void aDocumentsFileNameInAnAnswerIsShownAsItsLabelLinkedToItsPage() throws Exception {
    open(queryUrl("SELECT DISTINCT ?file WHERE { ?d crlm:fileName ?file FILTER(STRSTARTS(?file, \"004_\")) }"));
    WebElement document = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr td a.document")));
    String label = (String) script("return arguments[0].textContent", document);
    assertFalse(label.endsWith(".txt"), "the label, not the file name: " + label);
    assertTrue(document.getAttribute("title").matches("004_[0-9a-f]{16}\\.txt"), "the file name in the title: " + document.getAttribute("title"));
    assertTrue(document.getAttribute("href").contains("#/entity?iri=" + URLEncoder.encode("https://w3id.org/crlm/doc/", StandardCharsets.UTF_8)),
        document.getAttribute("href"));
  }

  /** What has the keyboard focus: its tag, id, classes and text, enough to tell the controls apart. */
  private static String focused() {
    return (String) script("const e = document.activeElement; return e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' '"
        + " + (e.textContent || '').trim().slice(0, 40) + (e.closest('.yasqe') ? ' [editor]' : '')");
  }

  /** Presses Tab until the focus is on what {@code wanted} matches; the places it passed, for the message. */
  private static List<String> tabTo(java.util.function.Predicate<String> wanted, int most) {
    List<String> passed = new java.util.ArrayList<>();
    for (int i = 0; i < most && !wanted.test(focused()); i++) {
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
      passed.add(focused());
    }
    return passed;
  }

  @Test
  void theQueryPageWorksFromTheKeyboardAlone() throws Exception {
    open(queryUrl("SELECT ?agent ?label WHERE { ?agent a crlm:AntiEGFRAgent ; rdfs:label ?label }"));
    waiting().until(d -> new Select(d.findElement(By.id("examples"))).getOptions().size() > 10);
    script("document.activeElement.blur(); window.focus();");
    List<String> passed = tabTo(f -> f.startsWith("a#.skip"), 3);
    assertTrue(focused().startsWith("a#.skip"), "the skip link comes first: " + passed);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    assertEquals("main#main. ", focused().replaceAll(" .*", " "), "the skip link moves the focus to the content");
    assertTrue(browser.getCurrentUrl().contains("#/query?q="), "and leaves the page where it is: " + browser.getCurrentUrl());
    passed = tabTo(f -> f.endsWith("[editor]"), 15);
    assertTrue(focused().endsWith("[editor]"), "the editor is reached by Tab: " + passed);
    assertTrue(passed.stream().anyMatch(f -> f.startsWith("select#examples")), "past the example questions: " + passed);
    new org.openqa.selenium.interactions.Actions(browser).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys(org.openqa.selenium.Keys.ENTER)
        .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
    waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ row\\(s\\) in \\d+ ms")));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
    assertFalse(focused().endsWith("[editor]"), "Esc leaves the editor");
    passed = tabTo(f -> f.startsWith("button#.explain"), 40);
    assertTrue(focused().startsWith("button#.explain"), "an explain button of the results is reached by Tab: " + passed);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().contains("#/why?"));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("why-statements")));
  }

  @Test
  void aLongQueryIsCancelledWithEscape() throws Exception {
    open(queryUrl("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("^Running")));
    script("document.querySelector('#yasgui').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
    assertEquals("Query cancelled.", error.getText());
    assertEquals("Cancelled.", browser.findElement(By.id("status")).getText());
  }

  @Test
  void aMalformedQueryShowsTheServersMessageWithItsLine() throws Exception {
    open(queryUrl("SELECT * WHERE {\n ?s ?p \n"));
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
    assertTrue(error.getText().contains("line 2") || error.getText().contains("line 3"), error.getText());
    assertEquals(1, browser.findElements(By.cssSelector(".yasqe .error-line")).size(), "the line is marked in the editor");
  }

  @Test
  void aShareLinkFromAnotherVersionSaysSo() throws Exception {
    open(base + "/ui/#/query?v=0123456789abcdef&q=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8).replace("+", "%20"));
    WebElement warning = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("version-warning")));
    assertTrue(warning.getText().startsWith("This link was made on knowledge base version 0123456789ab"), warning.getText());
    assertTrue(warning.findElement(By.linkText("Show what changed")).getAttribute("href").contains("#/diff?from=0123456789abcdef"));
    screenshot("query-version");
  }

  @Test
  void theDiffOfTwoVersionsShowsTheRowsAQuestionGained() throws Exception {
    String query = "SELECT ?cancer ?agent WHERE { ?cancer crlm:hasContraindicatedAgent ?agent }";
    open(base + "/ui/#/diff?from=" + older.substring(0, 12) + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
    WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-summary")));
    assertTrue(summary.getText().endsWith(": 1 of 1 question(s) answered differently."), summary.getText());
    WebElement added = browser.findElement(By.cssSelector(".diff-question .added"));
    assertEquals("Rows added (8)", added.findElement(By.tagName("h4")).getText());
    assertTrue(added.getText().contains("<https://w3id.org/crlm/test/kras-g12c-rectal>"), added.getText());
    assertEquals(0, browser.findElements(By.cssSelector(".diff-question .removed")).size());
    screenshot("diff");

    open(base + "/ui/#/diff?from=0123456789abcdef");
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-error")));
    assertTrue(error.getText().startsWith("Knowledge base version '0123456789abcdef' is not kept in "), error.getText());
  }

  @Test
  void theEntityPageOfCase003sCancerShowsTheContraindicatedAgentsInferredWithExplain() throws Exception {
    open(base + "/ui/#/entity?iri=" + URLEncoder.encode("https://w3id.org/crlm/case/003-cancer", StandardCharsets.UTF_8));
    WebElement relations = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entity-relations ul")));
    List<String> lines = relations.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
    assertTrue(lines.stream().anyMatch(l -> l.matches(".* has contraindicated agent panitumumab \\(inferred\\) explain")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.matches(".* has contraindicated agent cetuximab \\(inferred\\) explain")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("(asserted)")), "asserted relations are there and marked: " + lines);
    screenshot("entity");
    relations.findElements(By.cssSelector("li.inferred")).stream().filter(l -> l.getText().contains("panitumumab")).findFirst().orElseThrow()
        .findElement(By.linkText("explain")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.justification")));
    assertTrue(browser.findElement(By.id("explain-statement")).getText().endsWith("has contraindicated agent panitumumab?"));
  }

  @Test
  void theCheckPageSummarisesFiltersPagesAndExportsALargeDraft() throws Exception {
    open(base + "/ui/#/check");
    WebElement draft = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
    StringBuilder text = new StringBuilder("population\tintervention\trecommendation\n");
    for (int i = 0; i < 120; i++) {
      text.append(i % 4 == 3 ? "metastatic colorectal cancer; BRAF V600E\tencorafenib + cetuximab\trecommend\n"
          : "metastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend\n");
    }
    script("arguments[0].value = arguments[1]", draft, text.toString());
    browser.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-kinds")));
    String count = browser.findElement(By.id("filter-count")).getText();
    int all = Integer.parseInt(count.replaceAll(" of .*", ""));
    assertTrue(all > 50 && count.contains("page 1 of"), count);
    assertEquals(50, browser.findElements(By.cssSelector("#finding-list .finding")).size(), "one page of findings");
    new Select(browser.findElement(By.id("filter-kind"))).selectByVisibleText("no-benefit");
    String filtered = browser.findElement(By.id("filter-count")).getText();
    int noBenefit = Integer.parseInt(filtered.replaceAll(" of .*", ""));
    assertTrue(noBenefit >= 90 && noBenefit <= all, filtered);
    assertTrue(browser.findElements(By.cssSelector("#finding-list .finding")).stream().allMatch(f -> f.getText().contains("[no-benefit ")));
    WebElement jump = browser.findElement(By.cssSelector("#finding-list .finding button.jump"));
    jump.click();
    String selected = (String) script("const d = arguments[0]; return d.value.substring(d.selectionStart, d.selectionEnd)", draft);
    assertEquals("metastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend", selected, "the finding's row is selected in the draft");
    WebElement first = browser.findElement(By.cssSelector("#finding-list .finding"));
    int inline = first.findElements(By.cssSelector(":scope > ul:first-of-type > li")).size();
    first.findElement(By.cssSelector("button.explain")).click();
    waiting().until(d -> !first.findElements(By.cssSelector(".finding-proof ol.steps li")).isEmpty());
    List<String> proof = first.findElements(By.cssSelector(".finding-proof ol.steps li")).stream().map(WebElement::getText).toList();
    assertTrue(proof.size() > inline && proof.get(0).startsWith("The population (metastatic rectal cancer, KRAS G12D) is a "),
        "the proof has the reasoner's steps beyond the finding's " + inline + ": " + proof);
    screenshot("check-filtered");
  }

  @Test
  void everyPageFitsAPhoneScreen() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String page : List.of("query", "check", "profile", "figures", "entity?iri=https%3A%2F%2Fw3id.org%2Fcrlm%2Fcase%2F003-cancer",
          "explain?subject=%3Chttps%3A%2F%2Fw3id.org%2Fcrlm%2FKRAS_G12D%3E&object=%3Chttps%3A%2F%2Fw3id.org%2Fcrlm%2FRASMutation%3E",
          "diff?from=" + older.substring(0, 12) + "&q=SELECT%20%3Fc%20%3Fa%20WHERE%20%7B%20%3Fc%20crlm%3AhasContraindicatedAgent%20%3Fa%20%7D")) {
        open(base + "/ui/#/" + page);
        browser.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("main")).getText().length() > 20);
        if (page.startsWith("explain")) {
          waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.justification")));
        } else if (page.startsWith("diff")) {
          waiting().until(d -> !d.findElements(By.id("diff-summary")).isEmpty() || !d.findElements(By.cssSelector("#main .error")).isEmpty());
          assertEquals(List.of(), browser.findElements(By.cssSelector("#main .error")).stream().map(WebElement::getText).toList());
        }
        Thread.sleep(500);
        long width = (Long) script("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, page + " is " + width + " px wide at phone width");
        screenshot("phone-" + page.replaceAll("\\?.*", ""));
      }
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Test
  void aDraftWithAKnownClashShowsTheFinding() throws Exception {
    open(base + "/ui/#/check");
    WebElement draft = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
    // Typed Tab keys would move the focus out of the text area: the draft is pasted.
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", draft,
        "population\tintervention\trecommendation\nmetastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend\n");
    browser.findElement(By.id("check")).click();
    WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-summary")));
    assertTrue(summary.getText().startsWith("1 statement(s): 2 error(s)") || summary.getText().startsWith("1 statement(s): 1 error(s)"), summary.getText());
    String findings = browser.findElement(By.id("findings")).getText();
    assertTrue(findings.contains("ERROR [no-benefit CRLM-F03] row 2"), findings);
    assertTrue(findings.contains("KRAS-mutant colorectal cancer gains no benefit from agents targeting EGFR."), findings);
    screenshot("check");
  }

  @Test
  void aProfileIsAnsweredWithItsStageGroup() throws Exception {
    open(base + "/ui/#/profile");
    waiting().until(ExpectedConditions.elementToBeClickable(By.id("answer"))).click();
    WebElement stage = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stage")));
    assertEquals("Stage group: Stage IVB", stage.getText());
    WebElement avoid = browser.findElement(By.id("profile-avoid"));
    assertTrue(avoid.getText().contains("panitumumab"), avoid.getText());
    assertTrue(avoid.findElements(By.cssSelector("blockquote.sentence")).size() >= 1, "the sentences behind what to avoid");
    assertTrue(avoid.findElements(By.cssSelector(".evidence-list .level")).size() >= 1, "the evidence levels");
    WebElement proof = avoid.findElement(By.cssSelector("details.proof"));
    proof.findElement(By.tagName("summary")).click();
    assertTrue(proof.findElements(By.cssSelector("ol.steps a.entity")).size() >= 2, "the proof's steps in words, terms linked: " + proof.getText());
    assertTrue(browser.findElement(By.id("profile-trials")).getText().startsWith("Trials and studies"));
    screenshot("profile");
    // Every field the API takes is on the form, with the vocabulary's terms offered.
    for (String id : List.of("site", "side", "histology", "tnm", "timing", "resectability", "ecog")) {
      assertEquals(1, browser.findElements(By.id(id)).size(), id);
    }
    assertEquals(1, browser.findElements(By.id("adverse-events")).size());
    waiting().until(d -> ((Long) script("const l = document.getElementById('terms-feature'); return l ? l.options.length : 0")) > 20);
    assertEquals(Boolean.TRUE, script("return [...document.getElementById('terms-feature').options].some(o => o.value === 'KRAS G12D')"));
  }

  @Test
  void aProfileWithCommonWordsIsAnswered() throws Exception {
    open(base + "/ui/#/profile");
    WebElement tnm = waiting().until(ExpectedConditions.elementToBeClickable(By.id("tnm")));
    tnm.clear();
    List<WebElement> biomarkers = browser.findElements(By.cssSelector("#biomarkers input"));
    biomarkers.get(0).clear();
    biomarkers.get(0).sendKeys("KRAS wild-type");
    biomarkers.get(1).clear();
    biomarkers.get(1).sendKeys("BRAF WT");
    List<WebElement> sites = browser.findElements(By.cssSelector("#metastases input"));
    sites.get(0).clear();
    sites.get(0).sendKeys("bone");
    sites.get(1).clear();
    sites.get(1).sendKeys("liver");
    browser.findElement(By.id("answer")).click();
    WebElement stage = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stage")));
    assertEquals("Stage group: Stage IVB", stage.getText(), "bone and liver are two organs: M1b");
    assertTrue(browser.findElement(By.id("profile-answer")).getText().contains("KRAS wild-type colorectal cancer"));
  }

  @Test
  void theFiguresPageShowsEachVerdictWithBothSentencesAndTheSteps() throws Exception {
    open(base + "/ui/#/figures?verdict=conflict");
    WebElement section = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.verdict-conflict")));
    assertTrue(section.getText().startsWith("conflict (within one document)"), section.getText());
    assertEquals(2, section.findElements(By.cssSelector(".figure")).size());
    assertTrue(section.findElement(By.cssSelector("ol.steps")).getText().contains("do not overlap"), section.getText());
    assertTrue(browser.findElement(By.id("figure-filter")).getText().contains("population-dependent"));
    screenshot("figures");
  }

  @Test
  void anErrorOfAJsonApiShowsItsMessageAndRequestId() throws Exception {
    open(base + "/ui/#/profile");
    WebElement biomarkers = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#biomarkers input")));
    biomarkers.clear();
    biomarkers.sendKeys("KRAZ G12D");
    browser.findElement(By.id("answer")).click();
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#profile-answer .error")));
    assertTrue(error.getText().startsWith("the request body, field biomarkers[0]: 'KRAZ G12D' is not a molecular feature"), error.getText());
    assertTrue(error.getText().matches("(?s).*\\(request id [0-9a-f]{16}\\)$"), error.getText());
    screenshot("profile-error");
  }

  @Test
  void aFederatedQueryInALinkIsRefusedAndTheServerGoesOn() throws Exception {
    String query = "SELECT * WHERE { SERVICE <" + base + "/sparql> { SERVICE <" + base + "/sparql> { ?s ?p ?o } } }";
    open(queryUrl(query));
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
    assertTrue(error.getText().startsWith("SERVICE <" + base + "/sparql> is refused"), error.getText());
    var ask = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/sparql?query=ASK%20%7B%7D")).header("Accept", "text/csv").build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals("_askResult\r\ntrue\r\n", ask.body());
  }

  @Test
  void aLiteralWithMarkupIsShownAsTextAndNeverRun() throws Exception {
    String literal = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    String query = "SELECT ?x WHERE { BIND(\"" + literal.replace("\"", "\\\"") + "\" AS ?x) }";
    open(queryUrl(query));
    WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr table.dataTable")));
    waiting().until(d -> column(1).size() == 1);
    assertEquals(literal, column(1).get(0));
    assertEquals(0, table.findElements(By.tagName("img")).size());
    assertEquals(0, table.findElements(By.tagName("script")).size());
    assertTrue(!"pwned".equals(browser.getTitle()), "the markup in the literal did not run");
    screenshot("inert-literal");
  }
}
