package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static ai.trainloop.studio.StudioFixtures.INJECTION;
import static ai.trainloop.studio.StudioFixtures.OLD_RUN;
import static ai.trainloop.studio.StudioFixtures.PARTIAL_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
 * The studio in headless Chromium over the fixture data folder; screenshots go to
 * target/screenshots.
 */
@Tag("browser")
class StudioBrowserTest {
  private static StudioServer server;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws IOException {
    assertThat(HeadlessChromium.available())
        .as(
            "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
        .isTrue();
    server = new StudioServer(StudioFixtures.dataFolder(), "127.0.0.1", 0).start();
    chromium = new HeadlessChromium();
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
    chromium
        .driver
        .navigate()
        .refresh(); // a new hash alone would not reload the page between tests
  }

  @Test
  void should_list_every_run_newest_first() throws IOException {
    open("#/runs");
    chromium
        .waiting()
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.grid tbody tr"), 3));

    List<WebElement> rows = chromium.all("table.grid tbody tr");
    assertThat(rows.get(0).getText())
        .contains(PARTIAL_RUN)
        .contains("partial")
        .contains("interrupted");
    assertThat(rows.get(1).getText())
        .contains(FULL_RUN)
        .contains("complete")
        .contains("greeting-generation");
    assertThat(rows.get(2).getText()).contains(OLD_RUN);
    chromium.screenshot("1-runs");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_draw_the_charts_and_cards_of_a_run() throws IOException {
    open("#/run/" + FULL_RUN);
    chromium
        .waiting()
        .until(
            d ->
                chromium.all("canvas").size() == 3
                    && chromium.all("canvas").stream()
                        .allMatch(c -> chromium.drawnPixels(c) > 1000));

    for (WebElement canvas : chromium.all("canvas")) {
      assertThat(canvas.getSize().getWidth()).isGreaterThan(200);
      assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
    }
    String page = chromium.driver.findElement(By.id("app")).getText();
    assertThat(page)
        .contains("BEST SCORE", "FASTEST P95", "CHEAPEST", "RECOMMENDED", "TOTAL COST")
        .contains("Decision matrix", "Changes vs baseline", "regressed", "Pairwise comparisons");
    WebElement calls = chromium.driver.findElement(By.id("calls-per-day"));
    calls.clear();
    calls.sendKeys("5000");
    assertThat(chromium.driver.findElement(By.cssSelector(".projection-line")).getText())
        .startsWith("At 5,000 calls a day");
    chromium.screenshot("2-run");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_filter_the_samples_as_the_api_does() throws IOException {
    open("#/run/" + FULL_RUN + "/samples");
    chromium
        .waiting()
        .until(ExpectedConditions.textToBe(By.id("sample-count"), "1–12 of 12 samples"));

    new Select(chromium.driver.findElement(By.name("tag"))).selectByValue("simple-qa");
    chromium
        .waiting()
        .until(ExpectedConditions.textToBe(By.id("sample-count"), "1–6 of 6 samples"));
    assertThat(chromium.all(".sample-item .sub"))
        .extracting(WebElement::getText)
        .containsOnly("simple-qa");

    new Select(chromium.driver.findElement(By.name("model")))
        .selectByValue("gemini/gemini-2.0-flash");
    chromium.driver.findElement(By.name("failed")).click();
    int expected =
        StudioFixtures.filteredCount(FULL_RUN, "simple-qa", "gemini/gemini-2.0-flash", true);
    chromium
        .waiting()
        .until(
            ExpectedConditions.textMatches(
                By.id("sample-count"),
                java.util.regex.Pattern.compile("(.* of )?" + expected + " samples?")));
    assertThat(chromium.all(".sample-item")).hasSize(expected);
    assertThat(chromium.driver.getCurrentUrl()).contains("tag=simple-qa").contains("failed=1");
    chromium.screenshot("3-samples");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_show_a_hostile_reply_as_plain_text() throws IOException {
    open("#/run/" + FULL_RUN + "/samples?q=pwned");
    chromium.waiting().until(ExpectedConditions.textToBe(By.id("sample-count"), "1–1 of 1 sample"));

    List<String> replies = chromium.all(".reply-text").stream().map(WebElement::getText).toList();
    assertThat(replies).contains(INJECTION);
    assertThat(chromium.js("return typeof window.__pwned;")).isEqualTo("undefined");
    assertThat(chromium.all("#app img, #app script, #app textarea")).isEmpty();
    assertThat(chromium.driver.findElement(By.cssSelector(".prompt")).getText())
        .contains("</script><!--");
    chromium.screenshot("4-injection");
  }

  @Test
  void should_chart_history_across_runs_for_a_tag() throws IOException {
    open("#/history");
    chromium
        .waiting()
        .until(
            d ->
                chromium.all("canvas").size() == 3
                    && chromium.all("canvas").stream()
                        .allMatch(c -> chromium.drawnPixels(c) > 1000));
    new Select(chromium.driver.findElement(By.name("tag"))).selectByValue("simple-qa");
    chromium
        .waiting()
        .until(
            d ->
                chromium.driver.getCurrentUrl().endsWith("tag=simple-qa")
                    && chromium
                        .driver
                        .findElement(By.id("app"))
                        .getText()
                        .contains("tagged “simple-qa”"));
    chromium
        .waiting()
        .until(d -> chromium.all("canvas").stream().allMatch(c -> chromium.drawnPixels(c) > 1000));

    assertThat(chromium.driver.findElement(By.id("app")).getText())
        .contains(OLD_RUN, FULL_RUN, PARTIAL_RUN);
    chromium.screenshot("5-history");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_list_a_run_whose_report_is_cut_short_on_the_history_page(@TempDir Path temp)
      throws IOException {
    Path data = StudioFixtures.copyTo(temp.resolve("data"));
    Path report = data.resolve("benchmarks/" + FULL_RUN + "/report.json");
    Files.writeString(report, Files.readString(report).substring(0, 200));
    try (StudioServer broken = new StudioServer(data, "127.0.0.1", 0).start()) {
      chromium.driver.get(broken.url() + "#/history");
      chromium.driver.navigate().refresh();
      chromium
          .waiting()
          .until(
              d -> chromium.driver.findElement(By.id("app")).getText().contains("Unreadable runs"));

      String page = chromium.driver.findElement(By.id("app")).getText();
      assertThat(page).contains(OLD_RUN, PARTIAL_RUN, FULL_RUN + "/report.json: ");
      chromium.screenshot("10-history-unreadable-run");
      assertThat(chromium.severeConsoleMessages()).isEmpty();
    }
  }

  @Test
  void should_show_a_partial_run_with_only_the_fields_its_report_has() throws IOException {
    open("#/run/" + PARTIAL_RUN);
    chromium
        .waiting()
        .until(
            d ->
                chromium.all("canvas").size() == 3
                    && chromium.all("canvas").stream()
                        .allMatch(c -> chromium.drawnPixels(c) > 1000));

    String page = chromium.driver.findElement(By.id("app")).getText();
    assertThat(page)
        .contains("partial: interrupted", "exit: interrupted", "no recommendation in this report")
        .doesNotContain("Decision matrix", "Changes vs baseline", "Could not load");
    chromium.screenshot("9-partial-run");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }
}
