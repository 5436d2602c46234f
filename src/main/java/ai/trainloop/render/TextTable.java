package ai.trainloop.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain text table with an optional title line, drawn in box-drawing characters or in {@code +-|}
 * ASCII:
 *
 * <pre>
 * Model Performance:
 * ┌───────────────┬─────────┐
 * │ Model         │ Avg     │
 * ├───────────────┼─────────┤
 * │ openai/gpt-4o │ 0.85    │
 * └───────────────┴─────────┘
 * </pre>
 *
 * A column is as wide as its widest cell (and at least its minimum width); with {@link
 * #uniformFrom} the columns from that index on share one width, as the tutorial's tables do. Column
 * headers are always left-aligned; body cells follow their column's {@link Align}. {@link #addRule}
 * draws a rule between groups of rows (as the comparison and history tables do). Widths count code
 * points, so text should be of single-width characters. Every cell, header and the title are kept
 * on one line with their control characters escaped ({@link ControlChars#singleLine}), so outside
 * text can neither break the grid nor reach the terminal raw. A builder: not thread-safe, render it
 * once it is filled.
 */
public final class TextTable {
  /** How cells sit in their column. */
  public enum Align {
    LEFT,
    RIGHT
  }

  /** Which characters draw the lines. */
  public enum Style {
    BOX("┌┬┐├┼┤└┴┘─│"),
    ASCII("+++++++++-|");

    private final String chars;

    Style(String chars) {
      this.chars = chars;
    }

    char at(int i) {
      return chars.charAt(i);
    }
  }

  private final String title;
  private final List<String> headers;
  private final Align[] aligns;
  private final int[] minWidths;

  /** Body rows in order; a null entry stands for a rule. */
  private final List<List<String>> rows = new ArrayList<>();

  private int uniformFrom = -1;

  /** A column among the uniform ones that is wider than them when its cells need it. */
  private int ownWidth = -1;

  /** The widest the table may be drawn (0: no limit); see {@link #fitTo}. */
  private int maxWidth;

  /** The column {@link #fitTo} shortens. */
  private int shrink;

  /**
   * A table titled {@code title} (null for none) with these column headers, every column
   * left-aligned.
   */
  public TextTable(String title, List<String> headers) {
    this.title = title == null ? null : ControlChars.singleLine(title);
    this.headers = headers.stream().map(ControlChars::singleLine).toList();
    this.aligns = new Align[headers.size()];
    Arrays.fill(aligns, Align.LEFT);
    this.minWidths = new int[headers.size()];
  }

  /** Aligns the body cells of {@code column} (0-based); its header stays left-aligned. */
  public TextTable align(int column, Align align) {
    aligns[column] = align;
    return this;
  }

  /** Right-aligns the body cells of these columns (0-based). */
  public TextTable alignRight(int... columns) {
    for (int column : columns) {
      aligns[column] = Align.RIGHT;
    }
    return this;
  }

  /** Makes {@code column} at least {@code width} characters wide. */
  public TextTable minWidth(int column, int width) {
    minWidths[column] = width;
    return this;
  }

  /**
   * Column {@code column}, one of the {@link #uniformFrom} columns, is as wide as they are, or
   * wider when its own cells are, without widening them (an Avg with its interval).
   */
  public TextTable widerWhenNeeded(int column) {
    this.ownWidth = column;
    return this;
  }

  /** Columns {@code column} and after share the width of the widest of them. */
  public TextTable uniformFrom(int column) {
    this.uniformFrom = column;
    return this;
  }

  /**
   * Draws the table at most {@code width} characters wide (0: no limit) when it can: the first
   * column (model ids) gives up its minimum width and then its longest cells are shortened in the
   * middle with an ellipsis ({@code ...} in ASCII), down to {@value #SHORTEST} characters, so that
   * the provider and the end of a model id stay readable.
   */
  public TextTable fitTo(int width) {
    return fitTo(width, 0);
  }

  /**
   * As {@link #fitTo(int)}, shortening {@code column} instead of the first: the model ids of a
   * table whose first column is something else (a run id).
   */
  public TextTable fitTo(int width, int column) {
    this.maxWidth = width;
    this.shrink = column;
    return this;
  }

  /** The narrowest the first column is shortened to by {@link #fitTo}. */
  static final int SHORTEST = 12;

  /** Adds a row; a missing cell is empty and a null one prints as empty. */
  public TextTable addRow(List<String> cells) {
    if (cells.size() > headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(Collections.nCopies(headers.size(), ""));
    for (int i = 0; i < cells.size(); i++) {
      row.set(i, cells.get(i) == null ? "" : ControlChars.singleLine(cells.get(i)));
    }
    rows.add(row);
    return this;
  }

  /** Adds a row of these cells; see {@link #addRow(List)}. */
  public TextTable addRow(String... cells) {
    return addRow(Arrays.asList(cells));
  }

  /**
   * Draws a rule before the next row, closing a group of rows. A rule before the first row, after
   * the last, or right after another rule is not drawn.
   */
  public TextTable addRule() {
    rows.add(null);
    return this;
  }

  /** The number of rows added (rules not counted). */
  public int rowCount() {
    return (int) rows.stream().filter(Objects::nonNull).count();
  }

  /** Writes the title (if any) and the table, each line ended with {@code \n}. */
  public void render(Writer out, Style style) throws IOException {
    boolean ascii = style == Style.ASCII;
    List<String> headers = ascii ? ascii(this.headers) : this.headers;
    List<List<String>> rows =
        ascii ? this.rows.stream().map(r -> r == null ? null : ascii(r)).toList() : this.rows;
    int[] widths = widths(headers, rows);
    if (maxWidth > 0 && total(widths) > maxWidth) {
      int c = shrink;
      widths[c] =
          Math.max(
              length(headers.get(c)), Math.max(widths[c] - (total(widths) - maxWidth), SHORTEST));
      int w = widths[c];
      String dots = ascii ? "..." : "…";
      rows = rows.stream().map(r -> r == null ? null : shortened(r, c, w, dots)).toList();
      int[] fitted = widths(headers, rows);
      fitted[c] = w;
      widths = fitted;
    }
    if (title != null) {
      out.write(ascii ? AsciiText.of(title) : title);
      out.write('\n');
    }
    rule(out, style, widths, 0);
    line(out, style, widths, headers, false);
    rule(out, style, widths, 3);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row != null) {
        line(out, style, widths, row, true);
      } else if (i > 0 && i < rows.size() - 1 && rows.get(i - 1) != null) {
        rule(out, style, widths, 3);
      }
    }
    rule(out, style, widths, 6);
  }

  /** How wide a table with these column widths is drawn: cells, padding and lines. */
  private static int total(int[] widths) {
    return Arrays.stream(widths).sum() + 3 * widths.length + 1;
  }

  /** {@code row} with its cell {@code c} cut in the middle to {@code width} code points. */
  private static List<String> shortened(List<String> row, int c, int width, String dots) {
    String cell = row.get(c);
    int n = length(cell);
    if (n <= width) {
      return row;
    }
    int keep = width - length(dots);
    int tail = keep / 2;
    int head = keep - tail;
    String cut =
        cell.substring(0, cell.offsetByCodePoints(0, head))
            + dots
            + cell.substring(cell.offsetByCodePoints(0, n - tail));
    List<String> copy = new ArrayList<>(row);
    copy.set(c, cut);
    return copy;
  }

  /** Cells in plain ASCII ({@link AsciiText}), measured as they will be printed. */
  private static List<String> ascii(List<String> cells) {
    return cells.stream().map(AsciiText::of).toList();
  }

  private int[] widths(List<String> headers, List<List<String>> rows) {
    int[] w = new int[headers.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.max(minWidths[c], length(headers.get(c)));
      for (List<String> row : rows) {
        if (row != null) {
          w[c] = Math.max(w[c], length(row.get(c)));
        }
      }
    }
    if (uniformFrom >= 0 && uniformFrom < w.length) {
      int max = 0;
      for (int c = uniformFrom; c < w.length; c++) {
        max = c == ownWidth ? max : Math.max(max, w[c]);
      }
      for (int c = uniformFrom; c < w.length; c++) {
        w[c] = c == ownWidth ? Math.max(w[c], max) : max;
      }
    }
    return w;
  }

  /**
   * A horizontal rule; {@code first} indexes the left corner of top (0), middle (3) or bottom (6).
   */
  private static void rule(Writer out, Style s, int[] widths, int first) throws IOException {
    StringBuilder b = new StringBuilder().append(s.at(first));
    for (int c = 0; c < widths.length; c++) {
      char joint = s.at(c == widths.length - 1 ? first + 2 : first + 1);
      b.append(String.valueOf(s.at(9)).repeat(widths[c] + 2)).append(joint);
    }
    out.write(b.append('\n').toString());
  }

  /**
   * One line of cells; header cells ({@code body} false) are left-aligned whatever their column's
   * alignment.
   */
  private void line(Writer out, Style s, int[] widths, List<String> cells, boolean body)
      throws IOException {
    StringBuilder b = new StringBuilder().append(s.at(10));
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - length(cell));
      boolean right = body && aligns[c] == Align.RIGHT;
      b.append(' ').append(right ? pad + cell : cell + pad).append(' ').append(s.at(10));
    }
    out.write(b.append('\n').toString());
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
