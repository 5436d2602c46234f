package ai.trainloop.render;

import ai.trainloop.decide.GateCheck;
import ai.trainloop.decide.ModelVerdict;
import ai.trainloop.decide.Num;
import ai.trainloop.decide.Priorities;
import ai.trainloop.decide.Selection;
import ai.trainloop.format.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Decision Matrix" table as data (the report's table renderer draws it), and the marks other
 * tables use for models that miss a gate. Headers: Model, one column per priority in config order
 * with its weight ({@code Accuracy (0.4)}), Composite, and Notes when a row has one. Cells have two
 * decimals ({@code 0.85}), {@code n/a} when unknown. A model that misses a gate is marked {@code ✗}
 * ({@code [x]} with {@code --ascii}) and its reasons are in Notes; so is why a composite is n/a.
 */
public final class SelectionTable {

  /** The table's title. */
  public static final String TITLE = "Decision Matrix";

  private final String mark;

  /**
   * @param style {@link TextTable.Style#ASCII} marks a missed gate {@code [x]}, box drawing {@code
   *     ✗}
   */
  public SelectionTable(TextTable.Style style) {
    this.mark = style == TextTable.Style.ASCII ? GateCheck.ASCII_MARK : GateCheck.MARK;
  }

  /** The headers; empty when there is no matrix. */
  public List<String> headers(Selection s) {
    if (!s.hasMatrix()) {
      return List.of();
    }
    List<String> headers = new ArrayList<>();
    headers.add("Model");
    s.priorities()
        .weights()
        .forEach((name, w) -> headers.add(label(name) + " (" + Num.weight(w) + ")"));
    headers.add("Composite");
    if (hasNotes(s)) {
      headers.add("Notes");
    }
    return headers;
  }

  /**
   * The rows, sorted by composite (highest first, n/a last, ties by id); empty when there is no
   * matrix.
   */
  public List<List<String>> rows(Selection s) {
    if (!s.hasMatrix()) {
      return List.of();
    }
    boolean notes = hasNotes(s);
    List<List<String>> rows = new ArrayList<>();
    for (ModelVerdict v : s.ranked()) {
      List<String> row = new ArrayList<>();
      row.add(modelCell(v));
      for (String name : s.priorities().names()) {
        row.add(Formats.score(v.normalized().get(name)));
      }
      row.add(Formats.score(v.composite()));
      if (notes) {
        row.add(note(v));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The lines under the table: notes, then the recommendation line. */
  public List<String> footer(Selection s) {
    List<String> lines = new ArrayList<>(s.notes());
    lines.add(s.recommendation().line());
    return lines;
  }

  /**
   * The model's id, with the gate mark when it misses a gate: {@code openai/gpt-4o ✗}. For every
   * table.
   */
  public String modelCell(ModelVerdict v) {
    return v.missesGate() ? v.modelId() + " " + mark() : v.modelId();
  }

  /**
   * The model's gate failures with marks ({@code ✗ avg 0.71 < 0.75}); "" when it passes. For every
   * table.
   */
  public String gateCell(ModelVerdict v) {
    return v.gates().marked(mark);
  }

  /** The failure mark in use. */
  public String mark() {
    return mark;
  }

  private String note(ModelVerdict v) {
    List<String> parts = new ArrayList<>();
    if (v.missesGate()) {
      parts.add(v.gates().marked(mark));
    }
    if (v.composite() == null && v.unranked() != null) {
      parts.add("composite n/a: " + v.unranked());
    }
    return String.join("; ", parts);
  }

  private static boolean hasNotes(Selection s) {
    return s.ranked().stream().anyMatch(v -> v.missesGate() || v.composite() == null);
  }

  private static String label(String name) {
    return Priorities.reserved(name)
        ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)
        : name;
  }
}
