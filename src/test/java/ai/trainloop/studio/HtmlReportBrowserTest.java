package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static ai.trainloop.studio.StudioFixtures.INJECTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The self-contained HTML report opened from a file:// URL in headless Chromium (no server, no
 * network), and a run of 50,000 results paged both through the server and in the file.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws IOException {
    assertThat(HeadlessChromium.available())
        .as(
            "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
        .isTrue();
    chromium = new HeadlessChromium();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void should_open_the_html_report_from_a_file_url_without_a_server(
      @org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    Path file = temp.resolve("report.html");
    HtmlReport.write(StudioFixtures.dataFolder().resolve("benchmarks").resolve(FULL_RUN), file);

    chromium.driver.get(file.toUri().toString());
    chromium
        .waiting()
        .until(
            d ->
                chromium.all("canvas").size() == 3
                    && chromium.all("canvas").stream()
                        .allMatch(c -> chromium.drawnPixels(c) > 1000));
    assertThat(chromium.driver.findElement(By.id("mode")).getText()).contains("offline report");
    chromium.screenshot("6-report-run");

    chromium.driver.get(file.toUri() + "#/run/" + FULL_RUN + "/samples?q=PWNED");
    chromium.driver.navigate().refresh();
    chromium.waiting().until(ExpectedConditions.textToBe(By.id("sample-count"), "1–1 of 1 sample"));
    assertThat(chromium.all(".reply-text")).extracting(WebElement::getText).contains(INJECTION);
    assertThat(chromium.js("return typeof window.__pwned;")).isEqualTo("undefined");

    chromium.driver.get(file.toUri() + "#/run/" + FULL_RUN + "/samples");
    chromium.driver.navigate().refresh();
    chromium
        .waiting()
        .until(ExpectedConditions.textToBe(By.id("sample-count"), "1–12 of 12 samples"));
    new Select(chromium.driver.findElement(By.name("model")))
        .selectByValue("gemini/gemini-2.0-flash");
    chromium.driver.findElement(By.name("failed")).click();
    int expected = StudioFixtures.filteredCount(FULL_RUN, null, "gemini/gemini-2.0-flash", true);
    chromium.waiting().until(d -> chromium.all(".sample-item").size() == expected);
    chromium.screenshot("7-report-samples");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void should_filter_offline_exactly_as_the_server_does(@org.junit.jupiter.api.io.TempDir Path temp)
      throws IOException {
    Path file = temp.resolve("report.html");
    HtmlReport.write(StudioFixtures.dataFolder().resolve("benchmarks").resolve(FULL_RUN), file);
    chromium.driver.get(file.toUri().toString());
    chromium
        .waiting()
        .until(d -> chromium.js("return !!(window.TL && TL.offlineData)").equals(true));
    RunIndex index = new RunStore(StudioFixtures.dataFolder()).index(FULL_RUN).orElseThrow();

    int compared = 0;
    for (String tag : new String[] {null, "simple-qa"}) {
      for (String model : new String[] {null, "gemini/gemini-2.0-flash", "openai/gpt-4o-mini"}) {
        for (String metric : new String[] {null, "is_concise", "has_greeting_word"}) {
          for (int flags = 0; flags < 4; flags++) {
            for (String text : new String[] {null, "WELCOME"}) {
              SampleQuery query =
                  new SampleQuery(
                      tag, model, metric, (flags & 1) != 0, (flags & 2) != 0, text, 0, 200);
              java.util.List<String> expected = new java.util.ArrayList<>();
              SamplePages.page(index, query)
                  .get("samples")
                  .forEach(s -> expected.add(s.get("sample_id").asText()));
              Object actual =
                  chromium.js(
                      "return TL.compactPage(TL.offlineData.samples, arguments[0])"
                          + ".samples.map(s => s.sample_id);",
                      java.util.Map.of(
                          "tag",
                          tag == null ? "" : tag,
                          "model",
                          model == null ? "" : model,
                          "metric",
                          metric == null ? "" : metric,
                          "failed",
                          (flags & 1) != 0 ? "1" : "",
                          "disagree",
                          (flags & 2) != 0 ? "1" : "",
                          "q",
                          text == null ? "" : text,
                          "limit",
                          "200"));
              assertThat(actual).as(query.toString()).isEqualTo(expected);
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isEqualTo(144);
  }

  @Test
  void should_page_through_a_run_of_50000_results_on_the_server_and_in_the_html_report(
      @org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    Path run = LargeRunFixture.write(temp, 10_000);
    try (StudioServer large = new StudioServer(temp, "127.0.0.1", 0).start()) {
      long start = System.nanoTime();
      chromium.driver.get(large.url() + "#/run/" + LargeRunFixture.RUN_ID + "/samples");
      chromium
          .waiting()
          .until(ExpectedConditions.textToBe(By.id("sample-count"), "1–50 of 10,000 samples"));
      System.out.printf(
          "studio scale (browser, server): samples page shown after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
      assertThat(chromium.all(".sample-item")).hasSize(50);
      chromium.driver.findElement(By.xpath("//button[contains(., 'next')]")).click();
      chromium
          .waiting()
          .until(ExpectedConditions.textToBe(By.id("sample-count"), "51–100 of 10,000 samples"));
    }
    Path html = temp.resolve("large.html");
    HtmlReport.write(run, html);
    long start = System.nanoTime();
    chromium.driver.get(html.toUri() + "#/run/" + LargeRunFixture.RUN_ID + "/samples");
    chromium.driver.navigate().refresh();
    chromium
        .waiting()
        .until(ExpectedConditions.textToBe(By.id("sample-count"), "1–50 of 10,000 samples"));
    System.out.printf(
        "studio scale (browser, %d-byte html file): samples page shown after %d ms%n",
        java.nio.file.Files.size(html), (System.nanoTime() - start) / 1_000_000);
    assertThat(chromium.all(".sample-item")).hasSize(50);
    chromium.screenshot("8-large-report-samples");
  }
}
