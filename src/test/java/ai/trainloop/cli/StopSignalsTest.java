package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGTERM and SIGHUP stop a run as the first Ctrl-C does, each with its exit code; a second signal
 * halts at once; a signal that cannot be caught is skipped.
 */
class StopSignalsTest {
  @TempDir Path dir;

  /** Keeps the handler the run installs, so the test can send a signal when it wants. */
  private static final class Signals implements Interrupts {
    private volatile Consumer<StopSignal> handler;

    @Override
    public AutoCloseable onInterrupt(Consumer<StopSignal> onFirst) {
      handler = onFirst;
      return () -> handler = null;
    }
  }

  @ParameterizedTest
  @CsvSource({"TERM, 143, SIGTERM", "HUP, 129, SIGHUP", "INT, 130, Ctrl-C"})
  void should_stop_gracefully_and_exit_with_the_signals_code(
      StopSignal signal, int code, String label) throws Exception {
    Signals signals = new Signals();
    StubProvider.Script script =
        call -> {
          if (index(call) == 3) {
            signals.handler.accept(signal);
          }
          return new StubProvider.Text("yes", 10, 2, 20);
        };
    try (StubbedProject project = new StubbedProject(dir, script)) {
      project.cli.interrupts = signals;
      project.config(
          30, List.of(entry("openai", "gpt-4o-mini", "")), "max_concurrent_requests: 1\n");

      int exit = project.cli.run("benchmark", "--quiet");

      assertThat(exit).as(project.cli.err).isEqualTo(code);
      JsonNode report = project.report();
      assertThat(report.path("complete").asBoolean()).isFalse();
      assertThat(report.path("exit_code").asInt()).isEqualTo(code);
      assertThat(report.path("exit_reason").asText()).isEqualTo("interrupted");
      assertThat(project.resultsJsonl().size()).isBetween(1, 29);
      assertThat(project.cli.out).contains("Model Performance:");
      assertThat(project.cli.err)
          .contains("stopping (" + label + ")")
          .contains("interrupted (" + label + ")");
      assertThat(signals.handler).as("handlers removed after the run").isNull();
    }
  }

  @Test
  void should_run_the_graceful_stop_on_the_first_signal_and_halt_with_the_second_signals_code()
      throws Exception {
    Map<String, Runnable> installed = new LinkedHashMap<>();
    List<String> removed = new ArrayList<>();
    List<Integer> halted = new ArrayList<>();
    List<StopSignal> stops = new ArrayList<>();
    JvmInterrupts interrupts =
        new JvmInterrupts(
            (name, handler) -> {
              installed.put(name, handler);
              return () -> removed.add(name);
            },
            halted::add);

    try (AutoCloseable handle = interrupts.onInterrupt(stops::add)) {
      assertThat(installed).containsOnlyKeys("INT", "TERM", "HUP");
      installed.get("TERM").run();
      assertThat(stops).containsExactly(StopSignal.TERM);
      assertThat(halted).isEmpty();
      installed.get("HUP").run();
      assertThat(halted).containsExactly(129);
      assertThat(stops).hasSize(1);
    }
    assertThat(removed).containsExactly("INT", "TERM", "HUP");
  }

  @Test
  void should_skip_quietly_a_signal_that_cannot_be_caught() throws Exception {
    Map<String, Runnable> installed = new LinkedHashMap<>();
    List<StopSignal> stops = new ArrayList<>();
    JvmInterrupts interrupts =
        new JvmInterrupts(
            (name, handler) -> {
              if (name.equals("HUP")) {
                throw new IllegalArgumentException("Signal already used by VM or OS: SIGHUP");
              }
              installed.put(name, handler);
              return () -> {};
            },
            code -> {
              throw new AssertionError("halted with " + code);
            });

    try (AutoCloseable handle = interrupts.onInterrupt(stops::add)) {
      assertThat(installed).containsOnlyKeys("INT", "TERM");
      installed.get("INT").run();
    }
    assertThat(stops).containsExactly(StopSignal.INT);
  }

  @Test
  void should_install_and_remove_the_real_handlers() throws Exception {
    try (AutoCloseable handle = new JvmInterrupts().onInterrupt(s -> {})) {
      assertThat(handle).isNotNull();
    }
  }

  @Test
  void should_list_the_signal_exit_codes_in_help() {
    assertThat(ExitCodes.help()).containsKeys("129", "130", "143");
    assertThat(ExitCodes.help().get("143")).contains("SIGTERM");
    assertThat(ExitCodes.help().get("129")).contains("SIGHUP");
  }
}
