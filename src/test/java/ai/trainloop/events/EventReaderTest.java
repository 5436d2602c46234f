package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReaderTest {
  private static final Path MIXED = EventFiles.fixture("mixed");
  private static final String FIRST = "1764300000000.jsonl";
  private static final String SECOND = "1764300600000.jsonl";

  private final List<String> warnings = new ArrayList<>();

  @Test
  void should_read_every_jsonl_file_in_name_order_with_the_recorded_fields() {
    // given the mixed fixture: two .jsonl files (and a notes.txt that is not read)
    List<RecordedCall> calls = new ArrayList<>();
    // when
    ReadStats stats = new EventReader(MIXED, warnings::add).forEach(calls::add);
    // then
    assertThat(calls)
        .extracting(RecordedCall::source)
        .containsExactly(
            MIXED.resolve(FIRST) + ":1",
            MIXED.resolve(FIRST) + ":4",
            MIXED.resolve(FIRST) + ":7",
            MIXED.resolve(SECOND) + ":1",
            MIXED.resolve(SECOND) + ":4");
    RecordedCall ada = calls.get(0);
    assertThat(ada.id()).isEqualTo("faa9372cea810527");
    assertThat(ada.tag()).isEqualTo("greeting-generation");
    assertThat(ada.input())
        .containsExactly(
            new ChatMessage("system", "You write short greetings."),
            new ChatMessage("user", "Greet Ada"));
    assertThat(ada.output()).isEqualTo("Hello Ada!");
    assertThat(ada.model()).isEqualTo("gpt-4o-mini");
    assertThat(ada.modelParams())
        .containsExactly(Map.entry("temperature", 0.7), Map.entry("max_tokens", 256));
    assertThat(ada.durationMs()).isEqualTo(1234L);
    assertThat(stats).isEqualTo(new ReadStats(2, 9, 4, 5));
  }

  @Test
  void should_keep_every_part_of_list_content_and_show_its_text_parts_as_the_content() {
    RecordedCall grace =
        new EventReader(MIXED, warnings::add)
            .stream()
                .filter(call -> call.source().endsWith(FIRST + ":4"))
                .findFirst()
                .orElseThrow();

    assertThat(grace.input())
        .containsExactly(
            ChatMessage.of(
                "user",
                List.of(
                    new ContentPart.Text("Greet Grace"),
                    ContentPart.Image.ofUrl("https://example.com/g.png"),
                    new ContentPart.Text("in French"))));
    assertThat(grace.input().get(0).content()).isEqualTo("Greet Grace\nin French");
    assertThat(grace.id()).isEqualTo(SampleIds.of("greeting-generation", grace.input()));
  }

  @Test
  void should_accept_missing_optional_fields() {
    List<RecordedCall> calls = new ArrayList<>();
    new EventReader(MIXED, warnings::add).forEach(calls::add);

    RecordedCall grace = calls.get(1);
    assertThat(grace.durationMs()).isNull();
    assertThat(grace.output()).isEmpty();
    assertThat(grace.modelParams()).isEmpty();
    RecordedCall untagged = calls.get(4);
    assertThat(untagged.tag()).isEmpty();
    assertThat(untagged.output()).isEqualTo("Noon.");
  }

  @Test
  void should_skip_malformed_lines_with_file_and_line_in_the_warning_and_count_them() {
    ReadStats stats = new EventReader(MIXED, warnings::add).forEach(call -> {});

    assertThat(stats.malformed()).isEqualTo(4);
    assertThat(warnings).hasSize(4);
    assertThat(warnings.get(0))
        .isEqualTo(
            MIXED.resolve(FIRST)
                + ":3: invalid JSON at column 61: Unexpected"
                + " end-of-input: expected close marker for Array (start marker at [line: 1, column: 60])");
    assertThat(warnings.get(1)).isEqualTo(MIXED.resolve(FIRST) + ":5: not a JSON object");
    assertThat(warnings.get(2)).isEqualTo(MIXED.resolve(FIRST) + ":6: missing \"input\"");
    assertThat(warnings.get(3))
        .isEqualTo(MIXED.resolve(SECOND) + ":2: \"input\" is not a list of messages");
  }

  @Test
  void should_report_invalid_messages_and_trailing_garbage_as_malformed(@TempDir Path dir) {
    Path events =
        EventFiles.write(
            dir,
            "1.jsonl",
            List.of(
                "{\"input\": [{\"content\": \"no role\"}]}",
                "{\"input\": [{\"role\": \"user\", \"content\": 42}]}",
                "{\"input\": []}",
                "{\"tag\": 7, \"input\": [{\"role\": \"user\", \"content\": \"hi\"}]}",
                EventFiles.line("t", "hi", "hello") + " {}",
                EventFiles.line("t", "ok", "fine")));

    ReadStats stats = new EventReader(events, warnings::add).forEach(call -> {});

    assertThat(stats).isEqualTo(new ReadStats(1, 6, 5, 1));
    assertThat(warnings).hasSize(5);
    assertThat(warnings.subList(0, 4))
        .containsExactly(
            events.resolve("1.jsonl") + ":1: input[0].role is missing or not a string",
            events.resolve("1.jsonl")
                + ":2: input[0].content is neither a string nor a list of parts",
            events.resolve("1.jsonl") + ":3: \"input\" has no messages",
            events.resolve("1.jsonl") + ":4: \"tag\" is not a string");
    assertThat(warnings.get(4))
        .startsWith(events.resolve("1.jsonl") + ":5: invalid JSON at column ")
        .contains("Trailing token");
  }

  @Test
  void should_ignore_blank_lines_silently_but_keep_counting_line_numbers(@TempDir Path dir) {
    Path events =
        EventFiles.write(
            dir, "1.jsonl", List.of("", "   ", EventFiles.line("t", "hi", "hello"), "\t"));
    List<RecordedCall> calls = new ArrayList<>();

    ReadStats stats = new EventReader(events, warnings::add).forEach(calls::add);

    assertThat(warnings).isEmpty();
    assertThat(stats).isEqualTo(new ReadStats(1, 1, 0, 1));
    assertThat(calls)
        .singleElement()
        .extracting(RecordedCall::source)
        .isEqualTo(events.resolve("1.jsonl") + ":3");
  }

  @Test
  void should_read_a_file_with_a_byte_order_mark(@TempDir Path dir) {
    Path events =
        EventFiles.write(dir, "1.jsonl", List.of("\uFEFF" + EventFiles.line("t", "hi", "hello")));

    assertThat(new EventReader(events, warnings::add).stream().count()).isEqualTo(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_fail_naming_the_folder_when_there_is_no_events_folder(@TempDir Path dataFolder) {
    EventReader reader = EventReader.ofDataFolder(dataFolder, warnings::add);

    assertThatThrownBy(() -> reader.forEach(call -> {}))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dataFolder.resolve("events") + ": no events folder here")
        .hasMessageContaining("data_folder");
  }

  @Test
  void should_fail_when_the_folder_holds_no_jsonl_file(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");

    assertThatThrownBy(() -> new EventReader(dir, warnings::add).forEach(call -> {}))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir + ": no recorded calls: the events folder holds no *.jsonl files");
  }

  @Test
  void should_fail_when_no_line_is_readable_after_warning_about_each(@TempDir Path dir) {
    Path events = EventFiles.write(dir, "1.jsonl", List.of("{oops", "", "[]"));

    assertThatThrownBy(() -> new EventReader(events, warnings::add).forEach(call -> {}))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            events
                + ": no readable recorded call: all 2 line(s) in 1 file(s) are malformed"
                + " (each was reported as a warning)");
    assertThat(warnings).hasSize(2);
  }

  @Test
  void should_read_lazily_so_a_closed_stream_stops_early() {
    try (Stream<RecordedCall> calls = new EventReader(MIXED, warnings::add).stream()) {
      assertThat(calls.limit(1)).hasSize(1);
    }
    // only the first line was needed, so the malformed lines further on were never reached
    assertThat(warnings).isEmpty();
  }
}
