package ai.trainloop.cli;

/**
 * Ctrl-C handling: the first interrupt asks the run to stop gracefully (report written, exit 130); a second one
 * exits at once.
 */
public interface Interrupts {

  /** Calls {@code onFirst} on the first Ctrl-C; returns a handle that removes the handler. */
  AutoCloseable onInterrupt(Runnable onFirst);

  /** No handler at all: for tests. */
  Interrupts NONE = onFirst -> () -> {};
}
