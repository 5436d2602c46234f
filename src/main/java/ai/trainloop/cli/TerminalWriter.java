package ai.trainloop.cli;

import ai.trainloop.render.ControlChars;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer stdout and stderr are wrapped in ({@link Cli#build}), so everything printed passes
 * through it: it shows the control characters of {@link ControlChars} escaped ({@code \u001b}), so
 * a reply, a provider's error, a tag or a model name cannot move the cursor, clear the screen, set
 * the window title or draw a fake link. Only {@link #control} writes terminal control as is: the
 * progress line's own redraw.
 */
final class TerminalWriter extends PrintWriter {
  private final PrintWriter target;

  private TerminalWriter(PrintWriter target) {
    super(new Escaping(target), true);
    this.target = target;
  }

  /** {@code writer} wrapped once: a writer already wrapped is returned as it is. */
  static PrintWriter wrap(PrintWriter writer) {
    return writer instanceof TerminalWriter ? writer : new TerminalWriter(writer);
  }

  /**
   * Writes {@code sequence} (our own terminal control) unescaped to {@code writer}, wrapped or not.
   */
  static void control(PrintWriter writer, String sequence) {
    if (writer instanceof TerminalWriter t) {
      synchronized (t.lock) {
        t.flush();
        t.target.print(sequence);
      }
    } else {
      writer.print(sequence);
    }
  }

  /**
   * Passes text on with the escaped characters replaced; unbuffered, so order with {@link #control}
   * is kept.
   */
  private static final class Escaping extends Writer {
    private final PrintWriter target;

    Escaping(PrintWriter target) {
      super(target);
      this.target = target;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (ControlChars.escaped(buf[i])) {
          target.write(buf, start, i - start);
          StringBuilder escape = new StringBuilder(6);
          ControlChars.appendEscape(escape, buf[i]);
          target.write(escape.toString());
          start = i + 1;
        }
      }
      target.write(buf, start, end - start);
    }

    @Override
    public void flush() {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.close();
    }
  }
}
