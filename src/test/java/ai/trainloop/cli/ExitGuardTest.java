package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.run.CallResult;
import ai.trainloop.run.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shutdown hook that keeps a metric's System.exit from ending a run with exit 0 and no report.
 */
class ExitGuardTest {
  private final List<String> notes = new ArrayList<>();
  private final List<Integer> halted = new ArrayList<>();
  private final List<String> partials = new ArrayList<>();

  private static StackTraceElement frame(String cls, String method, String file, int line) {
    return new StackTraceElement(cls, method, file, line);
  }

  /**
   * A thread blocked in System.exit, called through reflection from a lambda inside metric
   * acme.Quits.
   */
  private static final StackTraceElement[] EXITING = {
    frame("java.lang.Object", "wait", null, -1),
    frame("java.lang.Shutdown", "exit", "Shutdown.java", 173),
    frame("java.lang.Runtime", "exit", "Runtime.java", 188),
    frame("java.lang.System", "exit", "System.java", 1923),
    frame("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", null, -1),
    frame("java.lang.reflect.Method", "invoke", "Method.java", 580),
    frame("acme.Quits$1", "run", "Quits.java", 12),
    frame("acme.Quits", "score", "Quits.java", 9),
    frame("ai.trainloop.eval.Scorer", "run", "Scorer.java", 120)
  };

  private ExitGuard guard(Map<Thread, StackTraceElement[]> stacks) {
    return new ExitGuard(
        Map.of("acme.Quits", "quits"),
        why -> {
          partials.add(why);
          return ExitCodes.RUN_FAILURE;
        },
        notes::add,
        halted::add,
        () -> stacks);
  }

  @Test
  void should_write_the_partial_report_name_the_metric_and_halt_3_when_the_run_is_unfinished() {
    ExitGuard guard = guard(Map.of(new Thread(() -> {}), EXITING));

    guard.onShutdown();

    assertThat(partials).containsExactly("metric quits tried to exit the process");
    assertThat(notes)
        .singleElement()
        .asString()
        .contains("metric quits tried to exit the process")
        .contains("(at Quits$1.run(Quits.java:12))");
    assertThat(halted).containsExactly(3);
  }

  @Test
  void should_record_no_result_after_the_hook_took_the_run_over() {
    List<CallResult> told = new ArrayList<>();
    ExitGuard guard = guard(Map.of());
    RunListener listener =
        guard.listener(
            new RunListener() {
              @Override
              public void onResult(CallResult result) {
                told.add(result);
              }
            });
    CallResult any = null;
    listener.onResult(any);

    guard.onShutdown();
    listener.onResult(any);

    assertThat(told).hasSize(1);
    assertThat(partials).containsExactly("something tried to exit the process");
  }

  @Test
  void should_halt_with_the_runs_own_code_when_the_report_was_already_written() throws Exception {
    ExitGuard guard = guard(Map.of(new Thread(() -> {}), EXITING));
    guard.reporting();
    guard.reported(ExitCodes.REGRESSION);

    guard.onShutdown();

    assertThat(partials).as("the report stands").isEmpty();
    assertThat(halted).containsExactly(1);
  }

  @Test
  void should_never_halt_with_0_when_the_partial_report_fails() {
    ExitGuard guard =
        new ExitGuard(
            Map.of(),
            why -> {
              throw new java.io.IOException("No space left on device");
            },
            notes::add,
            halted::add,
            Map::of);

    guard.onShutdown();

    assertThat(halted).containsExactly(3);
    assertThat(notes).anyMatch(n -> n.contains("cannot write the partial report"));
  }

  @Test
  void should_name_the_first_caller_outside_the_jdk_when_no_metric_is_on_the_stack() {
    StackTraceElement[] helper = {
      frame("java.lang.Shutdown", "exit", "Shutdown.java", 173),
      frame("java.lang.Runtime", "exit", "Runtime.java", 188),
      frame("org.lib.Quitter", "quit", "Quitter.java", 3)
    };

    ExitCulprit c =
        ExitCulprit.find(Map.of(new Thread(() -> {}), helper), Map.of("acme.Quits", "quits"));

    assertThat(c.who()).isEqualTo("code in org.lib.Quitter");
    assertThat(c.at()).isEqualTo("Quitter.quit(Quitter.java:3)");
  }

  @Test
  void should_remove_its_hook_on_close_and_take_a_second_close() {
    ExitGuard guard = ExitGuard.install(Map.of(), why -> 3, notes::add);
    guard.close();
    guard.close(); // a second close is harmless
    assertThat(notes).isEmpty();
  }
}
