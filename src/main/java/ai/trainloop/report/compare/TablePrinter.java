package ai.trainloop.report.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small text table for the comparison and history outputs: a header, rows, optional rules between groups of rows,
 * drawn with box-drawing characters or plain ASCII. Columns are as wide as their widest cell; numeric columns can
 * be right-aligned.
 */
public final class TablePrinter {
  /** How the table's lines are drawn. */
  public enum Style {
    /** ┌─┬─┐ │ ├─┼─┤ └─┴─┘ */
    BOX("┌┬┐├┼┤└┴┘─│"),
    /** +-+ | */
    ASCII("+++++++++-|");

    private final String chars;

    Style(String chars) {
      this.chars = chars;
    }

    char at(int i) {
      return chars.charAt(i);
    }
  }

  private final String[] header;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers, all left-aligned until {@link #alignRight} says otherwise. */
  public TablePrinter(String... header) {
    this.header = header.clone();
    this.rightAligned = new boolean[header.length];
  }

  /** Right-aligns the given columns (0-based). */
  public TablePrinter alignRight(int... columns) {
    Arrays.stream(columns).forEach(c -> rightAligned[c] = true);
    return this;
  }

  /** Adds a row; it must have one cell per column (null is shown empty). */
  public TablePrinter row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.length);
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new));
    return this;
  }

  /** Adds a horizontal rule before the next row (ignored at the start and end of the table). */
  public TablePrinter rule() {
    rows.add(null);
    return this;
  }

  /** Writes the table, one line per row, each ending in '\n'. */
  public void print(Writer out, Style style) {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = width(header[c]);
    }
    for (String[] row : rows) {
      for (int c = 0; row != null && c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, widths, style, 0);
    cells(sb, header, widths, style, false);
    line(sb, widths, style, 3);
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (row != null) {
        cells(sb, row, widths, style, true);
      } else if (i > 0 && i < rows.size() - 1 && rows.get(i - 1) != null) {
        line(sb, widths, style, 3);
      }
    }
    line(sb, widths, style, 6);
    try {
      out.write(sb.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder sb, int[] widths, Style style, int first) {
    sb.append(style.at(first));
    for (int c = 0; c < widths.length; c++) {
      sb.append(String.valueOf(style.at(9)).repeat(widths[c] + 2));
      sb.append(style.at(c == widths.length - 1 ? first + 2 : first + 1));
    }
    sb.append('\n');
  }

  private void cells(StringBuilder sb, String[] cells, int[] widths, Style style, boolean body) {
    sb.append(style.at(10));
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - width(cells[c]));
      boolean right = body && rightAligned[c];
      sb.append(' ').append(right ? pad : "").append(cells[c]).append(right ? "" : pad).append(' ');
      sb.append(style.at(10));
    }
    sb.append('\n');
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
