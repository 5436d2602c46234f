package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DotEnvTest {
  private static final Path FILE = Path.of("project/.env");

  @Test
  void should_read_plain_exported_and_quoted_values() {
    DotEnv env =
        DotEnv.parse(
            """
        # keys for the benchmark
        OPENAI_API_KEY=sk-plain

        export ANTHROPIC_API_KEY=sk-ant
          GOOGLE_API_KEY = "g-key"
        SINGLE='literal \\n $HOME'
        EMPTY=
        """,
            FILE);

    assertThat(env.variables())
        .containsExactly(
            entry("OPENAI_API_KEY", "sk-plain"),
            entry("ANTHROPIC_API_KEY", "sk-ant"),
            entry("GOOGLE_API_KEY", "g-key"),
            entry("SINGLE", "literal \\n $HOME"),
            entry("EMPTY", ""));
    assertThat(env.warnings()).isEmpty();
  }

  @Test
  void should_strip_inline_comments_only_from_unquoted_values() {
    DotEnv env =
        DotEnv.parse(
            """
        A=value # a comment
        B=pass#word
        C="quoted # kept" # comment
        D='single # kept'
        """,
            FILE);

    assertThat(env.variables())
        .containsExactly(
            entry("A", "value"),
            entry("B", "pass#word"),
            entry("C", "quoted # kept"),
            entry("D", "single # kept"));
  }

  @Test
  void should_process_escapes_in_double_quotes_and_allow_several_lines() {
    DotEnv env =
        DotEnv.parse(
            "A=\"line1\\nline2 \\\"q\\\" \\\\ \\$HOME\"\nB=\"first\nsecond\"\nC=after\n", FILE);

    assertThat(env.variables())
        .containsExactly(
            entry("A", "line1\nline2 \"q\" \\ $HOME"),
            entry("B", "first\nsecond"),
            entry("C", "after"));
  }

  @Test
  void should_let_a_later_line_win_and_accept_windows_line_ends() {
    DotEnv env = DotEnv.parse("\uFEFFA=1\r\nA=2\r\nB=x\r\n", FILE);

    assertThat(env.variables()).containsExactly(entry("A", "2"), entry("B", "x"));
  }

  @Test
  void should_skip_malformed_lines_with_a_warning_that_hides_their_content() {
    DotEnv env =
        DotEnv.parse(
            """
        GOOD=1
        sk-this-looks-like-a-secret
        2BAD=x
        OPEN="never closed
        AFTER=ok
        """,
            FILE);

    assertThat(env.variables()).containsExactly(entry("GOOD", "1"), entry("AFTER", "ok"));
    assertThat(env.warnings())
        .containsExactly(
            FILE + ":2: ignored, not KEY=VALUE",
            FILE + ":3: ignored, not KEY=VALUE",
            FILE + ":4: ignored OPEN: its quote is never closed");
    assertThat(String.join("\n", env.warnings())).doesNotContain("sk-this");
  }

  @Test
  void should_not_show_values_in_its_string_form() {
    DotEnv env = DotEnv.parse("OPENAI_API_KEY=sk-secret\n", FILE);

    assertThat(env.toString()).contains("OPENAI_API_KEY").doesNotContain("sk-secret");
  }
}
