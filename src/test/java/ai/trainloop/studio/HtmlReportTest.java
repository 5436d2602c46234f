package ai.trainloop.studio;

import static ai.trainloop.studio.StudioFixtures.FULL_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained HTML report, read as text (StudioBrowserTest opens it in a browser). */
class HtmlReportTest {
  @TempDir Path temp;

  private String write() throws IOException {
    Path out = temp.resolve("nested/report.html");
    HtmlReport.write(StudioFixtures.dataFolder().resolve("benchmarks").resolve(FULL_RUN), out);
    return Files.readString(out);
  }

  @Test
  void should_inline_every_script_and_style_and_load_nothing_from_elsewhere() throws IOException {
    String html = write();

    assertThat(html).doesNotContain("src=\"", "href=\"assets/", "http://", "<link");
    assertThat(html).contains("Chart.js v4");
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-");
  }

  @Test
  void should_allow_exactly_the_inlined_scripts_by_their_hashes() throws Exception {
    String html = write();
    Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    int count = 0;
    while (scripts.find()) {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(scripts.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(html)
          .contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(hash) + "'");
      count++;
    }
    assertThat(count).isEqualTo(StudioAssets.SCRIPTS.size());
  }

  @Test
  void should_embed_hostile_text_so_that_it_cannot_leave_its_script_element() throws IOException {
    String html = write();
    Matcher data =
        Pattern.compile(
                "<script type=\"application/json\" id=\"trainloop-data\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);

    assertThat(data.find()).isTrue();
    String json = data.group(1);
    assertThat(json).doesNotContain("<", ">", "&");
    assertThat(html).doesNotContain("window.__pwned=1</script>");
    JsonNode parsed = StudioJson.MAPPER.readTree(json);
    assertThat(parsed.at("/samples/results/1/response").toString())
        .contains(StudioFixtures.INJECTION.replace("\"", "\\\""));
    assertThat(parsed.at("/report/run_id").asText()).isEqualTo(FULL_RUN);
    assertThat(parsed.at("/report").has("results")).isFalse();
  }

  @Test
  void should_embed_samples_as_columns_that_agree_with_the_api() throws IOException {
    JsonNode data =
        HtmlReport.data(StudioFixtures.dataFolder().resolve("benchmarks").resolve(FULL_RUN));
    RunIndex index = new RunStore(StudioFixtures.dataFolder()).index(FULL_RUN).orElseThrow();
    JsonNode samples = data.get("samples");

    assertThat(samples.get("id")).hasSize(index.samples().size());
    assertThat(samples.get("results")).hasSize(4);
    JsonNode gemini = samples.get("results").get(3);
    int failed = 0;
    for (JsonNode st : gemini.get("st")) {
      failed += st.asInt() == 2 ? 1 : 0;
    }
    assertThat(failed).isEqualTo(1);
    assertThat(data.at("/history/simple-qa/runs/0/models")).hasSize(4);
    assertThat(data.at("/runs/runs/0/run_id").asText()).isEqualTo(FULL_RUN);
  }

  @Test
  void should_name_the_folder_when_it_is_not_a_run() {
    Path missing = temp.resolve("no-such-run");

    assertThatThrownBy(() -> HtmlReport.write(missing, temp.resolve("out.html")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-such-run");
  }

  @Test
  void should_escape_the_characters_that_could_end_a_script_element() {
    String escaped = StudioJson.escapeForScript("{\"a\":\"</script><!-- & \u2028\u2029 >\"}");

    assertThat(escaped)
        .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e\"}");
  }
}
