package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static ai.trainloop.studio.StudioFixtures.OLD_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The run page's A/B panel (report.json ab[]) and per-tag view and filter (models[].by_tag), in
 * headless Chromium over a copy of the fixtures whose full run has both, one tag named like markup.
 */
@Tag("browser")
class StudioRunViewsBrowserTest {
  static final String HOSTILE_TAG = "<img src=x onerror=\"window.__pwned=3\">";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static StudioServer server;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws IOException {
    assertThat(HeadlessChromium.available()).as("browser tests need chromium").isTrue();
    Path data = StudioFixtures.copyTo(temp.resolve("data"));
    Path reportFile = data.resolve("benchmarks/" + FULL_RUN + "/report.json");
    ObjectNode report = (ObjectNode) JSON.readTree(reportFile.toFile());
    addFigures(report);
    JSON.writeValue(reportFile.toFile(), report);
    server = new StudioServer(data, "127.0.0.1", 0).start();
    chromium = new HeadlessChromium();
  }

  /**
   * ab[] against openai/gpt-4o, and by_tag for every model: the run's two tags and a hostile one.
   */
  private static void addFigures(ObjectNode report) {
    ArrayNode ab = report.putArray("ab");
    ab.addObject()
        .put("model_id", "openai/gpt-4o-mini")
        .put("control_id", "openai/gpt-4o")
        .put("samples", 12)
        .put("test_score", 0.95)
        .put("control_score", 0.83)
        .put("improvement", 0.12)
        .put("p_value", 0.0015)
        .put("p_adjusted", 0.003)
        .put("significant", true)
        .put("inconclusive", false)
        .put("verdict", "deploy")
        .set("ci_adjusted", JSON.createArrayNode().add(0.04).add(0.2));
    ab.addObject()
        .put("model_id", "gemini/gemini-2.0-flash")
        .put("control_id", "openai/gpt-4o")
        .put("samples", 12)
        .put("test_score", 0.9)
        .put("control_score", 0.83)
        .put("improvement", 0.07)
        .put("p_value", 0.09)
        .put("p_adjusted", 0.09)
        .put("significant", false)
        .put("inconclusive", true)
        .put("verdict", "keep_current")
        .set("ci_adjusted", JSON.createArrayNode().add(0.01).add(0.15));
    int k = 0;
    for (var m : report.withArray("models")) {
      ObjectNode byTag = ((ObjectNode) m).putObject("by_tag");
      for (String tag : List.of("greeting-generation", "simple-qa", HOSTILE_TAG, "")) {
        ObjectNode t = byTag.putObject(tag);
        t.put("samples", 6).put("errors", k);
        t.putObject("score")
            .put("mean", 0.5 + k / 10.0)
            .put("min", 0.0)
            .put("max", 1.0)
            .set("ci95", JSON.createArrayNode().add(0.4 + k / 10.0).add(0.6 + k / 10.0));
        t.put("cost_usd", 0.0012);
        t.putObject("latency_ms").put("p50", 800 + k).put("p95", 1400 + k);
      }
      k++;
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    server.close();
  }

  private void open(String hash) {
    chromium.driver.get(server.url() + hash);
    chromium.driver.navigate().refresh();
  }

  private String text(String css) {
    return chromium.driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void should_show_the_ab_panel_with_improvement_interval_adjusted_p_and_verdict()
      throws IOException {
    open("#/run/" + FULL_RUN);
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ab-panel")));

    assertThat(text("#ab-panel h2")).isEqualTo("A/B vs openai/gpt-4o");
    List<WebElement> rows = chromium.all("#ab-panel tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText())
        .contains("openai/gpt-4o-mini", "12", "0.950", "0.830", "+0.120", "[+0.040, +0.200]")
        .contains("0.003", "deploy");
    assertThat(rows.get(1).getText())
        .contains("gemini/gemini-2.0-flash", "+0.070", "0.090", "keep_current", "inconclusive");
    chromium.screenshot("11-ab-panel");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_show_neither_panel_for_a_run_without_a_control_or_tags() {
    open("#/run/" + OLD_RUN);
    chromium
        .waiting()
        .until(d -> chromium.driver.findElement(By.id("app")).getText().contains("Models"));

    assertThat(chromium.all("#ab-panel, #tag-panel")).isEmpty();
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_show_a_tags_figures_and_filter_the_results_to_it() throws IOException {
    open("#/run/" + FULL_RUN);
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tag-view-select")));

    new Select(chromium.driver.findElement(By.id("tag-view-select"))).selectByValue("simple-qa");
    int expected = StudioFixtures.filteredCount(FULL_RUN, "simple-qa", null, false);
    chromium
        .waiting()
        .until(
            ExpectedConditions.textToBe(
                By.id("tag-sample-count"), expected + " samples tagged simple-qa"));

    List<WebElement> figures = chromium.all("#tag-view tbody tr");
    assertThat(figures).hasSize(4);
    assertThat(figures.get(1).getText())
        .contains("anthropic/claude-3-5-haiku", "6", "1", "0.600", "[0.500 – 0.700]", "$0.0012")
        .contains("801 ms", "1.40 s");
    assertThat(chromium.all("li.tag-result")).hasSize(Math.min(expected, 20));
    assertThat(chromium.all("li.tag-result .sub"))
        .extracting(WebElement::getText)
        .containsOnly("simple-qa");
    assertThat(
            chromium.driver.findElement(By.cssSelector(".page-head a.button")).getAttribute("href"))
        .endsWith("/samples?tag=simple-qa");
    chromium.screenshot("12-tag-view");

    // a link with the tag opens the page with it chosen
    open("#/run/" + FULL_RUN + "?tag=greeting-generation");
    chromium
        .waiting()
        .until(
            ExpectedConditions.textMatches(
                By.id("tag-sample-count"),
                java.util.regex.Pattern.compile("\\d+ samples tagged greeting-generation")));
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_show_a_hostile_tag_name_as_text() throws IOException {
    open("#/run/" + FULL_RUN);
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tag-view-select")));

    Select select = new Select(chromium.driver.findElement(By.id("tag-view-select")));
    assertThat(select.getOptions()).extracting(WebElement::getText).contains(HOSTILE_TAG);
    select.selectByValue(HOSTILE_TAG);
    chromium
        .waiting()
        .until(
            ExpectedConditions.textToBe(
                By.id("tag-sample-count"), "0 samples tagged " + HOSTILE_TAG));

    assertThat(chromium.all("#tag-view tbody tr")).hasSize(4);
    assertThat(chromium.all("#app img, #app script")).isEmpty();
    assertThat(chromium.js("return typeof window.__pwned;")).isEqualTo("undefined");
    chromium.screenshot("13-hostile-tag");
  }

  @Test
  void should_show_the_untagged_figures_without_filtering_the_results_to_nothing() {
    open("#/run/" + FULL_RUN);
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tag-view-select")));

    Select select = new Select(chromium.driver.findElement(By.id("tag-view-select")));
    select.selectByVisibleText("(untagged)");
    chromium
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("tag-results"), "The untagged samples are among all samples"));

    assertThat(chromium.all("#tag-view tbody tr")).hasSize(4);
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }
}
