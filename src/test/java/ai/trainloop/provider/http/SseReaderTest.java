package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.http.SseReader.Event;
import java.io.IOException;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The server-sent events format as servers write it: names, joined data, comments, line ends. */
class SseReaderTest {

  private static SseReader reader(String body, long max) {
    return new SseReader(new Buffer().writeUtf8(body), max);
  }

  @Test
  void should_read_named_events_join_data_lines_and_skip_comments_and_other_fields()
      throws IOException {
    // given CRLF and LF line ends, a comment, an id, a data field without a space
    SseReader r =
        reader(
            "\uFEFF: keep-alive\r\nevent: message_start\r\ndata: {\"a\":\r\ndata:1}\r\nid: 7\r\n\r\n"
                + "data: [DONE]\n\n",
            1_000);

    // when / then
    assertThat(r.next()).isEqualTo(new Event("message_start", "{\"a\":\n1}"));
    assertThat(r.next()).isEqualTo(new Event(null, "[DONE]"));
    assertThat(r.next()).isNull();
  }

  @Test
  void should_give_the_last_event_when_the_body_ends_without_its_blank_line() throws IOException {
    // given Anthropic's recorded streams, which end right after their last data line
    SseReader r = reader("event: a\ndata: 1\n\nevent: message_stop\ndata: {}", 1_000);

    // when / then
    assertThat(r.next()).isEqualTo(new Event("a", "1"));
    assertThat(r.next()).isEqualTo(new Event("message_stop", "{}"));
    assertThat(r.next()).isNull();
  }

  @Test
  void should_not_dispatch_an_event_without_data() throws IOException {
    // when / then
    assertThat(reader("event: ping\n\ndata: x\n\n", 100).next()).isEqualTo(new Event(null, "x"));
  }

  @Test
  void should_stop_reading_a_body_past_the_cap_line_or_not() {
    // given a stream of many small events, and one line longer than the cap
    SseReader many = reader("data: 0123456789\n\n".repeat(100), 500);
    SseReader longLine = reader("data: " + "x".repeat(1_000), 500);

    // when / then
    assertThat(
            catchThrowableOfType(
                SseReader.TooLarge.class,
                () -> {
                  while (many.next() != null) {
                    // read on
                  }
                }))
        .hasMessageContaining("500 bytes");
    assertThat(catchThrowableOfType(SseReader.TooLarge.class, longLine::next)).isNotNull();
  }
}
