package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleIdsTest {
  private static final List<ChatMessage> SPEC_EXAMPLE =
      List.of(
          new ChatMessage("system", "You write short greetings."),
          new ChatMessage("user", "Greet Ada"));

  @Test
  void should_give_the_golden_id_for_the_spec_example() {
    // given the example line of trainloop-formats.md; the golden value was computed independently
    // (Python hashlib)
    // from the documented encoding, so a change of encoding, which would break pairing with old
    // runs, fails here
    // when
    String id = SampleIds.of("greeting-generation", SPEC_EXAMPLE);
    // then
    assertThat(id).isEqualTo("faa9372cea810527");
  }

  @Test
  void should_encode_text_as_utf8_and_treat_a_null_tag_as_untagged() {
    List<ChatMessage> input = List.of(new ChatMessage("user", "héllo ✓"));

    assertThat(SampleIds.of("", input)).isEqualTo("662b6503734580ff");
    assertThat(SampleIds.of(null, input)).isEqualTo("662b6503734580ff");
  }

  @Test
  void should_be_sixteen_lowercase_hex_characters_and_the_same_on_every_call() {
    String first = SampleIds.of("greeting-generation", SPEC_EXAMPLE);
    String second = SampleIds.of("greeting-generation", List.copyOf(SPEC_EXAMPLE));

    assertThat(first).matches("[0-9a-f]{16}").isEqualTo(second);
  }

  @Test
  void should_change_when_tag_role_content_or_message_order_changes() {
    String base = SampleIds.of("greeting-generation", SPEC_EXAMPLE);

    assertThat(SampleIds.of("summarize", SPEC_EXAMPLE)).isNotEqualTo(base);
    assertThat(
            SampleIds.of(
                "greeting-generation",
                List.of(
                    new ChatMessage("developer", "You write short greetings."),
                    new ChatMessage("user", "Greet Ada"))))
        .isNotEqualTo(base);
    assertThat(
            SampleIds.of(
                "greeting-generation",
                List.of(
                    new ChatMessage("system", "You write short greetings."),
                    new ChatMessage("user", "Greet Bob"))))
        .isNotEqualTo(base);
    assertThat(
            SampleIds.of("greeting-generation", List.of(SPEC_EXAMPLE.get(1), SPEC_EXAMPLE.get(0))))
        .isNotEqualTo(base);
  }

  @Test
  void should_not_confuse_where_one_field_ends_and_the_next_begins() {
    // given texts whose concatenation is the same
    String a = SampleIds.of("ab", List.of(new ChatMessage("user", "c")));
    String b = SampleIds.of("a", List.of(new ChatMessage("buser", "c")));
    String c =
        SampleIds.of("t", List.of(new ChatMessage("user", "x"), new ChatMessage("user", "y")));
    String d = SampleIds.of("t", List.of(new ChatMessage("user", "xy")));

    assertThat(a).isNotEqualTo(b);
    assertThat(c).isNotEqualTo(d);
  }

  @Test
  void should_convert_an_id_to_a_long_and_back_without_loss() {
    for (String id :
        List.of("faa9372cea810527", "0000000000000001", "ffffffffffffffff", "8000000000000000")) {
      assertThat(SampleIds.fromLong(SampleIds.toLong(id))).isEqualTo(id);
    }
  }
}
