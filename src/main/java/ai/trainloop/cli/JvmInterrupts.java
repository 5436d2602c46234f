package ai.trainloop.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C through the JVM's SIGINT signal: the first one runs the graceful stop, the second halts at once with 130.
 * A shutdown hook would be too late to write the report, so the signal is caught directly.
 */
final class JvmInterrupts implements Interrupts {
  @Override
  public AutoCloseable onInterrupt(Runnable onFirst) {
    AtomicInteger count = new AtomicInteger();
    Signal sigint = new Signal("INT");
    var previous = Signal.handle(sigint, s -> {
      if (count.incrementAndGet() == 1) {
        onFirst.run();
      } else {
        Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
      }
    });
    return () -> Signal.handle(sigint, previous);
  }
}
