package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.events.PythonLiterals.NotALiteral;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict reader of Python literals, with the hostile inputs a recorded reply can hold. */
class PythonLiteralsTest {

  @Test
  void should_read_an_anthropic_content_list() throws Exception {
    Object value = PythonLiterals.parse("[{'type': 'text', 'text': 'Hello', 'citations': None}]");
    assertThat(value).isInstanceOf(List.class);
    List<?> blocks = (List<?>) value;
    assertThat(blocks).hasSize(1);
    Map<?, ?> block = (Map<?, ?>) blocks.get(0);
    assertThat(List.copyOf(block.keySet())).isEqualTo(List.of("type", "text", "citations"));
    assertThat(block.get("text")).isEqualTo("Hello");
    assertThat(block.get("citations")).isNull();
  }

  @Test
  void should_read_both_quote_styles_and_quotes_inside_them() throws Exception {
    assertThat(PythonLiterals.parse("\"it's\"")).isEqualTo("it's");
    assertThat(PythonLiterals.parse("'say \"hi\"'")).isEqualTo("say \"hi\"");
    assertThat(PythonLiterals.parse("'it\\'s'")).isEqualTo("it's");
    assertThat(PythonLiterals.parse("'a \\\\ b'")).isEqualTo("a \\ b");
  }

  @Test
  void should_read_every_escape_python_writes() throws Exception {
    assertThat(PythonLiterals.parse("'line\\nnext\\ttab\\r'")).isEqualTo("line\nnext\ttab\r");
    assertThat(PythonLiterals.parse("'\\x41\\u00e9\\U0001F600'")).isEqualTo("Aé😀");
    assertThat(PythonLiterals.parse("'\\101\\0'")).isEqualTo("A\0");
    assertThat(PythonLiterals.parse("'caf\u00e9 \uD83D\uDE00'")).isEqualTo("café 😀");
  }

  @Test
  void should_read_scalars_and_nesting() throws Exception {
    Object value =
        PythonLiterals.parse(
            "{'n': 3, 'big': 123456789012345678901234, 'x': -1.5e3, 'ok': True, 'no': False,"
                + " 'none': None, 'list': [1, [2, {}], []], 'trailing': [1, 2,],}");
    assertThat(value).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(map.get("n")).isEqualTo(3L);
    assertThat(map.get("big")).isEqualTo(new BigInteger("123456789012345678901234"));
    assertThat(map.get("x")).isEqualTo(-1500.0);
    assertThat(map.get("ok")).isEqualTo(true);
    assertThat(map.get("no")).isEqualTo(false);
    assertThat(map.containsKey("none")).isTrue();
    assertThat(map.get("none")).isNull();
    assertThat(map.get("list")).isEqualTo(List.of(1L, List.of(2L, Map.of()), List.of()));
    assertThat(map.get("trailing")).isEqualTo(Arrays.asList(1L, 2L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[{'type': 'text', 'text': 'unterminated}]",
        "[{'type': 'text', 'text': 'a'}",
        "[{'type': 'text', 'text': 'a'}] and more",
        "{'a' 1}",
        "{1: 'non-string key'}",
        "('a', 'tuple')",
        "{'a', 'set'}",
        "b'bytes'",
        "'adjacent' 'strings'",
        "'bad escape \\q'",
        "'short \\x4'",
        "'bad hex \\xZZ'",
        "'beyond \\U00110000'",
        "'line\nbreak'",
        "nan",
        "inf",
        "007",
        "1_000",
        "Truey",
        "[TextBlock(text='hi', type='text')]",
        "'trailing backslash \\",
      })
  void should_refuse_what_is_not_one_strict_literal(String text) {
    assertThatThrownBy(() -> PythonLiterals.parse(text)).isInstanceOf(NotALiteral.class);
  }

  @Test
  void should_refuse_nesting_deeper_than_any_reply_without_overflowing_the_stack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> PythonLiterals.parse(deep))
        .isInstanceOf(NotALiteral.class)
        .hasMessageContaining("nested deeper");
  }
}
