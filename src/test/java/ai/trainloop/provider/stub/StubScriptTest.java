package ai.trainloop.provider.stub;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider.Call;
import ai.trainloop.provider.stub.StubProvider.Reply;
import ai.trainloop.provider.stub.StubProvider.Script;
import ai.trainloop.provider.stub.StubProvider.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stub's script combinators: faults and latency drawn per call from a seed, whatever the order
 * of arrival.
 */
class StubScriptTest {
  private static final Script CLEAN = call -> new Text("ok", 10, 2);

  private static List<Call> calls(int prompts, int attempts) {
    List<Call> calls = new ArrayList<>();
    for (int p = 0; p < prompts; p++) {
      for (int a = 1; a <= attempts; a++) {
        calls.add(new Call("openai", "gpt-4o-mini", "q" + p, a));
      }
    }
    return calls;
  }

  @Test
  void should_draw_the_same_faults_for_the_same_calls_in_any_order() {
    Script faulty =
        CLEAN.withFaults(
            0.3, 2, 7, List.of(StubFaults.serverError("openai"), new StubProvider.Drop()));
    List<Call> calls = calls(200, 3);
    List<String> inOrder =
        calls.stream().map(c -> c + "=" + kind(faulty.answer(c))).sorted().toList();
    List<Call> shuffled = new ArrayList<>(calls);
    Collections.shuffle(shuffled, new Random(1));
    List<String> shuffledOrder =
        shuffled.stream().map(c -> c + "=" + kind(faulty.answer(c))).sorted().toList();

    assertThat(shuffledOrder).isEqualTo(inOrder);
  }

  @Test
  void should_fault_about_the_rate_asked_and_never_after_the_faulty_attempts() {
    Script faulty = CLEAN.withFaults(0.3, 2, 7, List.of(StubFaults.serverError("openai")));
    long firstAttemptFaults =
        calls(1000, 1).stream().filter(c -> !(faulty.answer(c) instanceof Text)).count();

    assertThat(firstAttemptFaults).isBetween(250L, 350L);
    assertThat(calls(1000, 3))
        .filteredOn(c -> c.attempt() == 3)
        .allMatch(c -> faulty.answer(c) instanceof Text);
  }

  @Test
  void should_delay_text_replies_within_the_bounds_and_leave_faults_alone() {
    Script slow = CLEAN.withLatency(50, 80, 3);
    assertThat(calls(300, 1))
        .allSatisfy(c -> assertThat(((Text) slow.answer(c)).delayMillis()).isBetween(50L, 80L));
    Script failing = ((Script) call -> StubFaults.overloaded("anthropic")).withLatency(50, 80, 3);
    assertThat(failing.answer(new Call("anthropic", "claude", "q1", 1)))
        .isInstanceOf(StubProvider.Fault.class);
  }

  private static String kind(Reply reply) {
    return reply.getClass().getSimpleName();
  }
}
