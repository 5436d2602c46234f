package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's own scripts never turn data into HTML, and the charting library is packed with its
 * licence.
 */
class StudioAssetsTest {
  private final StudioAssets assets = new StudioAssets();

  @Test
  void should_never_parse_html_from_strings_in_the_studio_scripts() {
    Pattern htmlSinks =
        Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|eval\\(|new Function");
    for (String name : StudioAssets.SCRIPTS) {
      if (name.startsWith("vendor/")) {
        continue;
      }
      assertThat(htmlSinks.matcher(assets.get(name).orElseThrow().text()).find())
          .as(name)
          .isFalse();
    }
  }

  @Test
  void should_pack_chart_js_and_its_licences() {
    assertThat(assets.get("vendor/chart.umd.js").orElseThrow().text()).contains("Chart.js v4.5.1");
    assertThat(assets.get("vendor/chart.js.LICENSE.md").orElseThrow().text())
        .contains("MIT License");
    assertThat(assets.get("vendor/kurkle-color.LICENSE.md").orElseThrow().text())
        .contains("MIT License");
  }

  @Test
  void should_serve_only_the_names_it_lists() {
    assertThat(assets.get("../StudioServer.class")).isEmpty();
    assertThat(assets.get("vendor/chart.umd.js.map")).isEmpty();
    assertThat(assets.get("index.html")).isPresent();
  }
}
