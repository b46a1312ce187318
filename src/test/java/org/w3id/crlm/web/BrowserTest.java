package org.w3id.crlm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The web UI in a real headless browser: Debian's chromium through its chromedriver (nothing is
 * downloaded). Where they are missing the tests are skipped, unless CRLM_REQUIRE_BROWSER is set,
 * as .ci/run sets it after installing them. Screenshots go to target/screenshots/.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = TestKnowledgeBase.home().resolve("target/screenshots");

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
    server = CrlmServer.start(TestKnowledgeBase.get(),
        CrlmServer.ServerSettings.defaults("127.0.0.1", 0).withSizeLimits(1 << 20, 1 << 20), null,
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

  @Test
  void anExampleQuestionShowsItsRowsAndAResultLeadsToItsEntityPage() throws Exception {
    browser.get(base + "/ui/");
    waiting().until(d -> new Select(d.findElement(By.id("examples"))).getOptions().size() > 10);
    new Select(browser.findElement(By.id("examples"))).selectByVisibleText("Which agents are contraindicated for KRAS G12D rectal cancer?");
    WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results-table")));
    List<String> agents = table.findElements(By.cssSelector("tr td:first-child")).stream().map(WebElement::getText).distinct().sorted().toList();
    assertEquals(List.of("cetuximab", "panitumumab"), agents);
    assertTrue(browser.findElement(By.id("status")).getText().matches("\\d+ row\\(s\\) in \\d+ ms"), browser.findElement(By.id("status")).getText());
    assertTrue(browser.getCurrentUrl().contains("#/query?q="), "the query is kept in the address");
    screenshot("query");

    table.findElement(By.linkText("panitumumab")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("entity-label"), "panitumumab"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".inferred a")));
    screenshot("entity");

    browser.findElement(By.cssSelector(".inferred a")).click();
    WebElement statement = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-statement")));
    assertTrue(statement.getText().startsWith("panitumumab Type "), statement.getText());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section h3")));
    screenshot("explain");
  }

  @Test
  void aMalformedQueryShowsTheServersMessageWithItsLine() throws Exception {
    browser.get(base + "/ui/#/query?q=" + URLEncoder.encode("SELECT * WHERE {\n ?s ?p \n", StandardCharsets.UTF_8).replace("+", "%20"));
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
    assertTrue(error.getText().contains("line 2") || error.getText().contains("line 3"), error.getText());
    assertEquals(1, browser.findElements(By.cssSelector(".CodeMirror .error-line")).size(), "the line is marked in the editor");
  }

  @Test
  void aDraftWithAKnownClashShowsTheFinding() throws Exception {
    browser.get(base + "/ui/#/check");
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
    browser.get(base + "/ui/#/profile");
    waiting().until(ExpectedConditions.elementToBeClickable(By.id("answer"))).click();
    WebElement stage = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stage")));
    assertEquals("Stage group: Stage IVB", stage.getText());
    assertTrue(browser.findElement(By.id("profile-answer")).getText().contains("panitumumab"));
    screenshot("profile");
  }

  @Test
  void theFiguresPageShowsEachVerdictWithBothSentencesAndTheSteps() throws Exception {
    browser.get(base + "/ui/#/figures?verdict=conflict");
    WebElement section = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.verdict-conflict")));
    assertTrue(section.getText().startsWith("conflict (within one document)"), section.getText());
    assertEquals(2, section.findElements(By.cssSelector(".figure")).size());
    assertTrue(section.findElement(By.cssSelector("ol.steps")).getText().contains("do not overlap"), section.getText());
    assertTrue(browser.findElement(By.id("figure-filter")).getText().contains("population-dependent"));
    screenshot("figures");
  }

  @Test
  void anErrorOfAJsonApiShowsItsMessageAndRequestId() throws Exception {
    browser.get(base + "/ui/#/profile");
    WebElement biomarkers = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("biomarkers")));
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
    browser.get(base + "/ui/#/query?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
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
    browser.get(base + "/ui/#/query?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
    WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results-table")));
    assertEquals(literal, table.findElement(By.cssSelector("td")).getText());
    assertEquals(0, table.findElements(By.tagName("img")).size());
    assertEquals(0, table.findElements(By.tagName("script")).size());
    assertTrue(!"pwned".equals(browser.getTitle()), "the markup in the literal did not run");
    screenshot("inert-literal");
  }
}
