package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources. Run with {@code -Dgolden.update=true} to (re)write them
 * after a deliberate change of output, then review the diff.
 */
public final class Golden {
  private Golden() {}

  /**
   * Asserts that {@code actual} equals the golden file at {@code resource} (a path under
   * src/test/resources).
   */
  public static void assertMatches(String resource, String actual) {
    Path file = Path.of("src/test/resources").resolve(resource);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
