package ai.trainloop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * INT, TERM and HUP through the JVM's signal handlers: the first signal runs the graceful stop, the
 * second one halts at once with its own code. A shutdown hook would be too late to write the
 * report, so the signals are caught directly. A signal that cannot be caught here (the JVM runs
 * with -Xrs, or the platform lacks it) is skipped: it keeps its default behaviour. One ignored when
 * the JVM started (SIGHUP under nohup) stays ignored.
 */
final class JvmInterrupts implements Interrupts {
  /**
   * Installs a handler for a signal and returns what undoes it; throws IllegalArgumentException
   * when it cannot.
   */
  interface Installer {
    Runnable install(String signal, Runnable handler);
  }

  private final Installer installer;
  private final IntConsumer halt;

  JvmInterrupts() {
    this(JvmInterrupts::install, code -> Runtime.getRuntime().halt(code));
  }

  JvmInterrupts(Installer installer, IntConsumer halt) {
    this.installer = installer;
    this.halt = halt;
  }

  @Override
  public AutoCloseable onInterrupt(Consumer<StopSignal> onFirst) {
    AtomicBoolean first = new AtomicBoolean(true);
    List<Runnable> undo = new ArrayList<>();
    for (StopSignal s : StopSignal.values()) {
      try {
        undo.add(
            installer.install(
                s.name(),
                () -> {
                  if (first.getAndSet(false)) {
                    onFirst.accept(s);
                  } else {
                    halt.accept(s.code());
                  }
                }));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // not catchable here: this signal keeps the JVM's behaviour
      }
    }
    return () -> undo.forEach(Runnable::run);
  }

  private static Runnable install(String name, Runnable handler) {
    Signal signal = new Signal(name);
    SignalHandler previous = Signal.handle(signal, s -> handler.run());
    return () -> Signal.handle(signal, previous);
  }
}
