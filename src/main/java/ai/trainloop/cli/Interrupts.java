package ai.trainloop.cli;

import java.util.function.Consumer;

/**
 * Ctrl-C, SIGTERM and SIGHUP: the first of them asks the run to stop gracefully (report written,
 * exit 130, 143 or 129); a second one exits at once.
 */
public interface Interrupts {

  /**
   * Calls {@code onFirst} with the first stop signal; returns a handle that removes the handlers.
   */
  AutoCloseable onInterrupt(Consumer<StopSignal> onFirst);

  /** No handler at all: for tests. */
  Interrupts NONE = onFirst -> () -> {};
}
