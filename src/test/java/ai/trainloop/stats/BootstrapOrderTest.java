package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapOrderTest {
  @Test
  void should_give_the_same_interval_whatever_order_the_values_arrived_in() {
    double[] inOrder = {0, 0, 0.5, 1, 1, 1, 0.5, 1, 0, 1, 1, 1, 0.5, 1, 0, 1};
    double[] shuffled = {1, 0.5, 1, 0, 1, 1, 0, 1, 0.5, 1, 0, 1, 1, 0.5, 1, 0};
    assertThat(new Bootstrap().meanInterval(shuffled))
        .isEqualTo(new Bootstrap().meanInterval(inOrder));
  }
}
