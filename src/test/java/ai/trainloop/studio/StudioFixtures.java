package ai.trainloop.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fixture data folder (three runs written as SCHEMA.md describes) and a writable copy of it.
 */
final class StudioFixtures {
  static final String OLD_RUN = "2026-11-20_09-00-00";
  static final String FULL_RUN = "2026-11-27_14-30-00";
  static final String PARTIAL_RUN = "2026-11-28_22-30-00";
  static final String INJECTION =
      "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"></textarea>";

  private StudioFixtures() {}

  static Path dataFolder() {
    try {
      return Path.of(StudioFixtures.class.getResource("/studio/data").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the fixture data folder under {@code target}, which a test may change. */
  static Path copyTo(Path target) throws IOException {
    Path source = dataFolder();
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(
          file -> {
            try {
              Path to = target.resolve(source.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(to);
              } else {
                Files.copy(file, to);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return target;
  }

  /**
   * How many samples of a fixture run the server's filter matches: the browser must show the same.
   */
  static int filteredCount(String runId, String tag, String model, boolean failedOnly) {
    try {
      RunIndex index = new RunStore(dataFolder()).index(runId).orElseThrow();
      return SamplePages.page(
              index, new SampleQuery(tag, model, null, failedOnly, false, null, 0, 200))
          .get("total")
          .asInt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
