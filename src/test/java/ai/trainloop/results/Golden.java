package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/report/}. Run with {@code
 * -Dgolden.update=true} to rewrite the files after an intended change (and review the diff).
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String actual, String name) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources/report", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = Golden.class.getResourceAsStream("/report/" + name)) {
      assertThat(in)
          .as("golden file report/%s (run with -Dgolden.update=true to create it)", name)
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
