package ai.trainloop.cli;

import ai.trainloop.render.AsciiText;
import ai.trainloop.render.ControlChars;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer stdout and stderr are wrapped in ({@link Cli#build}), so everything printed passes
 * through it: it shows the control characters of {@link ControlChars} escaped ({@code \u001b}), so
 * a reply, a provider's error, a tag or a model name cannot move the cursor, clear the screen, set
 * the window title or draw a fake link. Under {@link #asciiOnly} every other character above 127 is
 * written as its {@link AsciiText} stand-in, whoever printed it. While a {@link #live} line (the
 * progress bar) is shown, text printed through this writer first clears that line and, once the
 * text ends its line, draws it again below. Only {@link #control} writes terminal control as is.
 */
final class TerminalWriter extends PrintWriter {
  private static final String CLEAR_LINE = "\r\033[2K";
  private static final String RED = "\033[31m";
  private static final String GREEN = "\033[32m";
  private static final String RESET = "\033[0m";

  private final PrintWriter target;
  private final Escaping escaping;

  private TerminalWriter(PrintWriter target, Escaping escaping) {
    super(escaping, true);
    this.target = target;
    this.escaping = escaping;
  }

  /** {@code writer} wrapped once: a writer already wrapped is returned as it is. */
  static PrintWriter wrap(PrintWriter writer) {
    return writer instanceof TerminalWriter
        ? writer
        : new TerminalWriter(writer, new Escaping(writer));
  }

  /** From now on, {@code writer} (when wrapped) writes only characters below 128. */
  static void asciiOnly(PrintWriter writer) {
    if (writer instanceof TerminalWriter t) {
      synchronized (t.lock) {
        t.escaping.ascii = true;
      }
    }
  }

  /**
   * From now on, {@code writer} (when wrapped) colours the marks that call for attention: a missed
   * gate ({@code ✗}, {@code [x]}) and a drop ({@code ↓}) red, a rise ({@code ↑}) green. Only for a
   * colour terminal ({@link Terminal#color}).
   */
  static void colored(PrintWriter writer) {
    if (writer instanceof TerminalWriter t) {
      synchronized (t.lock) {
        t.escaping.color = true;
      }
    }
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
   * Shows {@code line} (one line, no newline) in place of the live line shown before; null clears
   * it and forgets it. On a writer not wrapped, the line is redrawn with a carriage return.
   */
  static void live(PrintWriter writer, String line) {
    if (writer instanceof TerminalWriter t) {
      synchronized (t.lock) {
        t.escaping.live(line);
      }
    } else {
      writer.print(CLEAR_LINE);
      if (line != null) {
        writer.print(line);
      }
    }
    writer.flush();
  }

  /**
   * Passes text on with the escaped characters replaced; unbuffered, so order with {@link #control}
   * is kept. Called under its own lock (it is the {@link PrintWriter}'s lock).
   */
  private static final class Escaping extends Writer {
    private final PrintWriter target;
    private boolean ascii;
    private boolean color;
    private String liveLine;
    private boolean liveShown;
    private char pendingHigh;

    Escaping(PrintWriter target) {
      super(target);
      this.target = target;
    }

    void live(String line) {
      if (liveShown) {
        target.print(CLEAR_LINE);
        liveShown = false;
      }
      liveLine = line;
      if (line != null) {
        emit(line.toCharArray(), 0, line.length());
        liveShown = true;
      }
      target.flush();
    }

    @Override
    public void write(char[] buf, int off, int len) {
      if (len == 0) {
        return;
      }
      if (liveShown) {
        target.print(CLEAR_LINE);
        liveShown = false;
      }
      emit(buf, off, len);
      if (liveLine != null && buf[off + len - 1] == '\n') {
        emit(liveLine.toCharArray(), 0, liveLine.length());
        liveShown = true;
        target.flush();
      }
    }

    private void emit(char[] buf, int off, int len) {
      StringBuilder out = new StringBuilder(len + 8);
      if (pendingHigh != 0) {
        out.append(pendingHigh);
        pendingHigh = 0;
      }
      int end = off + len;
      for (int i = off; i < end; i++) {
        char c = buf[i];
        if (ControlChars.escaped(c)) {
          ControlChars.appendEscape(out, c);
        } else if (ascii && i == end - 1 && Character.isHighSurrogate(c)) {
          pendingHigh = c; // its pair comes with the next write
        } else {
          out.append(c);
        }
      }
      String text = ascii ? AsciiText.of(out.toString()) : out.toString();
      target.write(color ? colored(text) : text);
    }

    private static String colored(String text) {
      return text.replace("✗", RED + "✗" + RESET)
          .replace("[x]", RED + "[x]" + RESET)
          .replace("↓", RED + "↓" + RESET)
          .replace("↑", GREEN + "↑" + RESET);
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
