package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binary or badly broken .jsonl file gives at most ten line warnings and one line for the rest,
 * still counted.
 */
class MalformedFileWarningsTest {
  private static final String GOOD =
      "{\"tag\": \"qa\", \"input\": [{\"role\": \"user\", \"content\": \"hi\"}]}\n";

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void should_warn_ten_times_then_once_for_the_rest_of_a_binary_file() throws Exception {
    // given a binary file of many lines, next to a readable file
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i += 50) {
      noise[i] = '\n';
    }
    Path binary = Files.write(dir.resolve("1.jsonl"), noise);
    Files.writeString(dir.resolve("2.jsonl"), GOOD);
    // when
    ReadStats stats = new EventReader(dir, warnings::add).forEach(call -> {});
    // then
    long skipped = stats.malformed();
    assertThat(skipped).isGreaterThan(100);
    assertThat(warnings).hasSize(11);
    assertThat(warnings.subList(0, 10)).allSatisfy(w -> assertThat(w).startsWith(binary + ":"));
    assertThat(warnings.get(10))
        .isEqualTo(
            (skipped - 10)
                + " more malformed lines in "
                + binary
                + "; "
                + skipped
                + " skipped in all");
    assertThat(stats.calls()).isEqualTo(1);
  }

  @Test
  void should_warn_for_each_line_of_a_file_with_ten_bad_lines_or_fewer() throws Exception {
    Files.writeString(dir.resolve("1.jsonl"), "{bad\n".repeat(10) + GOOD);
    Files.writeString(dir.resolve("2.jsonl"), "{bad\n".repeat(3) + GOOD);

    ReadStats stats = new EventReader(dir, warnings::add).forEach(call -> {});

    assertThat(warnings).hasSize(13).noneMatch(w -> w.contains("more malformed"));
    assertThat(stats.malformed()).isEqualTo(13);
  }

  @Test
  void should_count_the_limit_per_file() throws Exception {
    Files.writeString(dir.resolve("1.jsonl"), "{bad\n".repeat(12) + GOOD);
    Files.writeString(dir.resolve("2.jsonl"), "{bad\n".repeat(12));

    new EventReader(dir, warnings::add).forEach(call -> {});

    assertThat(warnings).hasSize(22);
    assertThat(warnings.get(10))
        .isEqualTo("2 more malformed lines in " + dir.resolve("1.jsonl") + "; 12 skipped in all");
    assertThat(warnings.get(21))
        .isEqualTo("2 more malformed lines in " + dir.resolve("2.jsonl") + "; 12 skipped in all");
  }
}
