package ai.trainloop.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studio's own page and assets, read once from the classpath ({@code ai/trainloop/studio/}).
 * Only the names listed here can ever be served: nothing is looked up by a name taken from a
 * request.
 */
final class StudioAssets {
  /**
   * Scripts in the order the page loads them; the offline report inlines them in the same order.
   */
  static final List<String> SCRIPTS =
      List.of(
          "vendor/chart.umd.js",
          "app.js",
          "charts.js",
          "page-runs.js",
          "page-run-views.js",
          "page-run.js",
          "page-samples.js",
          "page-history.js");

  static final String STYLE = "studio.css";
  static final String PAGE = "index.html";
  static final List<String> LICENCES =
      List.of("vendor/chart.js.LICENSE.md", "vendor/kurkle-color.LICENSE.md");

  private static final String ROOT = "/ai/trainloop/studio/";

  /** A file's bytes and the Content-Type to send them with. */
  record Asset(byte[] bytes, String contentType) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  /**
   * Loads every asset; fails with a clear message when the jar was built without the charting
   * library.
   */
  StudioAssets() {
    put(PAGE, "text/html; charset=utf-8");
    put(STYLE, "text/css; charset=utf-8");
    SCRIPTS.forEach(name -> put(name, "text/javascript; charset=utf-8"));
    LICENCES.forEach(name -> put(name, "text/plain; charset=utf-8"));
  }

  private void put(String name, String contentType) {
    try (InputStream in = StudioAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "studio asset "
                + ROOT
                + name
                + " is missing from the classpath"
                + (name.startsWith("vendor/")
                    ? " (it is unpacked from its WebJar at build time: run mvn package)"
                    : ""));
      }
      assets.put(name, new Asset(in.readAllBytes(), contentType));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read studio asset " + name, e);
    }
  }

  /** The asset with that exact name, if it is one of ours. */
  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  Asset page() {
    return assets.get(PAGE);
  }
}
