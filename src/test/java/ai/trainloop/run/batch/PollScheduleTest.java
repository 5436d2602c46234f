package ai.trainloop.run.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  @Test
  void should_double_from_five_seconds_up_to_sixty_when_default() {
    assertThat(
            java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(PollSchedule.DEFAULT::wait)
                .map(Duration::toSeconds))
        .containsExactly(5L, 10L, 20L, 40L, 60L, 60L);
  }

  @Test
  void should_reject_zero_when_given_as_the_first_interval() {
    assertThatThrownBy(() -> PollSchedule.startingAt(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
