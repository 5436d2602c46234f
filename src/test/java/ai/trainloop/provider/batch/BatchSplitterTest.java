package ai.trainloop.provider.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchSplitterTest {
  private static List<BatchLine> lines(int n, int size) {
    return IntStream.range(0, n)
        .mapToObj(i -> new BatchLine(CustomIds.of(i, 0), new byte[size]))
        .toList();
  }

  @Test
  void should_split_at_the_request_limit_when_over_it() {
    assertThat(BatchSplitter.split(lines(5, 10), new BatchLimits(2, 1000)))
        .extracting(List::size)
        .containsExactly(2, 2, 1);
  }

  @Test
  void should_split_at_the_byte_limit_counting_newlines_when_over_it() {
    // each line is 10 bytes and a newline: three fit in 33, not four
    assertThat(BatchSplitter.split(lines(7, 10), new BatchLimits(100, 33)))
        .extracting(List::size)
        .containsExactly(3, 3, 1);
  }

  @Test
  void should_refuse_a_line_larger_than_a_batch_when_one_is() {
    assertThatThrownBy(() -> BatchSplitter.split(lines(1, 50), new BatchLimits(10, 20)))
        .hasMessageContaining("s0-r0");
  }

  @Test
  void should_make_ids_anthropic_accepts_when_built_from_indices() {
    assertThat(CustomIds.of(123456, 0)).isEqualTo("s123456-r0").matches(CustomIds.VALID);
    assertThatThrownBy(() -> new BatchLine("bad id!", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
