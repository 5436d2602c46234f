package ai.trainloop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files, read from and (with {@code -Dgolden.update=true}) written to the source tree's
 * {@code src/test/resources}, never to a copy under {@code target/}: after an intended change of
 * output, run the tests once with the flag, then review the diff of the files.
 */
public final class Golden {
  /** The system property that turns on update mode. */
  public static final String UPDATE = "golden.update";

  private final Path root;
  private final boolean update;

  /**
   * @param root the folder golden paths are resolved against
   * @param update write {@code actual} to the file instead of holding it to it
   */
  public Golden(Path root, boolean update) {
    this.root = root;
    this.update = update;
  }

  /** The source tree's {@code src/test/resources}, in update mode with {@code -Dgolden.update}. */
  public static Golden sources() {
    Path base = Path.of(System.getProperty("basedir", ""));
    return new Golden(base.resolve("src/test/resources"), Boolean.getBoolean(UPDATE));
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code resource} (a path under {@code
   * src/test/resources}); see {@link #check}.
   */
  public static void assertMatches(String resource, String actual) {
    sources().check(resource, actual);
  }

  /**
   * In update mode writes {@code actual} to {@code resource} under the root; otherwise asserts that
   * the file holds exactly {@code actual}, saying where they first differ.
   */
  public void check(String resource, String actual) {
    Path file = root.resolve(resource);
    try {
      if (update) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s (run with -D%s=true to create it)", file, UPDATE)
          .isRegularFile();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "golden file %s, %s (run with -D%s=true after an intended change)",
              file, firstDifference(expected, actual), UPDATE)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where two texts first differ, by line: "line 3: expected 'a' but was 'b'". */
  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String want = i < e.size() ? "'" + e.get(i) + "'" : "no line";
      String got = i < a.size() ? "'" + a.get(i) + "'" : "no line";
      if (!want.equals(got)) {
        return "line " + (i + 1) + ": expected " + want + " but was " + got;
      }
    }
    return "the lines agree; their line endings differ";
  }
}
