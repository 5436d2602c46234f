package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordedFlagsTest {
  @Test
  void should_give_a_resumed_run_the_recorded_stream_and_todays_verbosity() {
    BenchmarkOptions first = new BenchmarkOptions();
    first.stream = true;
    first.temperature = 0.2;
    ObjectNode recorded = RecordedFlags.of(first, Path.of("/p"));
    BenchmarkOptions now = new BenchmarkOptions();
    now.verbose = new boolean[] {true};

    BenchmarkOptions resumed = RecordedFlags.resumed(recorded, Path.of("/p/c.yaml"), now);

    assertThat(resumed.stream).isTrue();
    assertThat(resumed.temperature).isEqualTo(0.2);
    assertThat(resumed.verbose).hasSize(1);
  }
}
