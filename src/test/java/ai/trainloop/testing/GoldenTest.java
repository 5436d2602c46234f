package ai.trainloop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {
  @TempDir Path root;

  @Test
  void should_write_the_file_under_the_given_resources_root_in_update_mode() throws Exception {
    new Golden(root, true).check("report/tables.txt", "┌─┐\nnew\n");

    assertThat(root.resolve("report/tables.txt")).hasContent("┌─┐\nnew\n");
    assertThat(Files.readAllBytes(root.resolve("report/tables.txt")))
        .isEqualTo("┌─┐\nnew\n".getBytes(StandardCharsets.UTF_8));
    new Golden(root, false).check("report/tables.txt", "┌─┐\nnew\n");
  }

  @Test
  void should_overwrite_a_stale_file_in_update_mode_and_then_match_it() throws Exception {
    Files.createDirectories(root.resolve("report"));
    Files.writeString(root.resolve("report/tables.txt"), "old\n");

    new Golden(root, true).check("report/tables.txt", "new\n");

    assertThat(root.resolve("report/tables.txt")).hasContent("new\n");
  }

  @Test
  void should_report_the_first_differing_line_in_compare_mode_and_leave_the_file_alone()
      throws Exception {
    Files.createDirectories(root.resolve("report"));
    Files.writeString(root.resolve("report/tables.txt"), "same\nold\n");

    assertThatThrownBy(() -> new Golden(root, false).check("report/tables.txt", "same\nnew\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("tables.txt")
        .hasMessageContaining("line 2: expected 'old' but was 'new'")
        .hasMessageContaining("-Dgolden.update=true");
    assertThat(root.resolve("report/tables.txt")).hasContent("same\nold\n");
  }

  @Test
  void should_fail_naming_the_missing_file_in_compare_mode() {
    assertThatThrownBy(() -> new Golden(root, false).check("report/none.txt", "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none.txt")
        .hasMessageContaining("to create it");
    assertThat(root.resolve("report")).doesNotExist();
  }

  @Test
  void should_tell_a_trailing_newline_or_line_ending_apart() {
    assertThat(Golden.firstDifference("a\nb\n", "a\n"))
        .isEqualTo("line 2: expected 'b' but was no line");
    assertThat(Golden.firstDifference("a\n", "a\r\n"))
        .isEqualTo("the lines agree; their line endings differ");
  }
}
