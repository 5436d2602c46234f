package ai.trainloop.render;

import ai.trainloop.format.Formats;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.TagSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The "By Tag" table: one row per model, one column per tag, each cell the model's Avg over that
 * tag's samples with its 95% interval's half width ({@code 0.812 ±0.041}); {@code —} where the
 * model scored none of the tag. Shown only when the run has more than one tag; split into several
 * tables, each with the Model column, when the tags do not fit the terminal's width side by side;
 * with {@code --detailed}, one metric table per tag follows.
 */
final class TagTable {
  private TagTable() {}

  /** The tags of the shown models, sorted ("" reads as "(untagged)"). */
  static List<String> tags(List<ModelSummary> shown) {
    TreeSet<String> tags = new TreeSet<>();
    shown.forEach(m -> tags.addAll(m.byTag().keySet()));
    return List.copyOf(tags);
  }

  static void render(List<ModelSummary> shown, boolean detailed, TableOptions options, Writer out)
      throws IOException {
    List<String> tags = tags(shown);
    if (tags.size() < 2) {
      return;
    }
    List<List<String>> groups = groups(shown, tags, options);
    for (int g = 0; g < groups.size(); g++) {
      List<String> group = groups.get(g);
      String title =
          groups.size() == 1
              ? "By Tag (Avg, 95% interval):"
              : "By Tag (Avg, 95% interval), tags "
                  + (tags.indexOf(group.get(0)) + 1)
                  + "-"
                  + (tags.indexOf(group.get(group.size() - 1)) + 1)
                  + " of "
                  + tags.size()
                  + ":";
      out.write('\n');
      table(shown, group, title).fitTo(options.width()).render(out, options.style());
    }
    if (detailed) {
      for (String tag : tags) {
        metrics(shown, tag, options, out);
      }
    }
  }

  private static TextTable table(List<ModelSummary> shown, List<String> tags, String title) {
    List<String> headers = new ArrayList<>();
    headers.add("Model");
    tags.forEach(t -> headers.add(name(t)));
    TextTable t = new TextTable(title, headers);
    for (int i = 1; i < headers.size(); i++) {
      t.align(i, TextTable.Align.RIGHT);
    }
    for (ModelSummary m : shown) {
      List<String> row = new ArrayList<>();
      row.add(m.id());
      for (String tag : tags) {
        row.add(cell(m, tag));
      }
      t.addRow(row);
    }
    return t;
  }

  /**
   * The tags split into consecutive groups, each as many as fit {@code options.width()} beside the
   * Model column (at least one a group; all of them in one group at no limit), measured as printed.
   */
  static List<List<String>> groups(List<ModelSummary> shown, List<String> tags, TableOptions o) {
    if (o.width() <= 0) {
      return List.of(tags);
    }
    int model = printed("Model", o);
    for (ModelSummary m : shown) {
      model = Math.max(model, printed(m.id(), o));
    }
    // ids longer than half the width are shortened (fitTo) rather than leave room for one tag only
    model = Math.min(model, Math.max(TextTable.SHORTEST, o.width() / 2));
    List<List<String>> groups = new ArrayList<>();
    List<String> group = new ArrayList<>();
    int used = 1 + model + 3;
    for (String tag : tags) {
      int w = printed(name(tag), o);
      for (ModelSummary m : shown) {
        w = Math.max(w, printed(cell(m, tag), o));
      }
      if (!group.isEmpty() && used + w + 3 > o.width()) {
        groups.add(group);
        group = new ArrayList<>();
        used = 1 + model + 3;
      }
      group.add(tag);
      used += w + 3;
    }
    groups.add(group);
    return groups;
  }

  private static String cell(ModelSummary m, String tag) {
    TagSummary s = m.byTag().get(tag);
    return s == null ? Formats.score(null) : avg(s.score());
  }

  /** How many characters {@code text} takes in a cell of this style. */
  private static int printed(String text, TableOptions o) {
    String s = ControlChars.singleLine(text);
    if (o.style() == TextTable.Style.ASCII) {
      s = AsciiText.of(s);
    }
    return s.codePointCount(0, s.length());
  }

  private static void metrics(
      List<ModelSummary> shown, String tag, TableOptions options, Writer out) throws IOException {
    TextTable t =
        new TextTable(
            "Tag " + name(tag) + ":", List.of("Model", "Metric", "Score", "Samples", "Errors"));
    t.alignRight(2, 3, 4);
    for (ModelSummary m : shown) {
      TagSummary s = m.byTag().get(tag);
      if (s == null) {
        continue;
      }
      for (Map.Entry<String, ModelSummary.MetricStats> e : s.metrics().entrySet()) {
        ModelSummary.MetricStats ms = e.getValue();
        t.addRow(
            m.id(),
            e.getKey(),
            Formats.score(ms.score(), ms.ci95()),
            Formats.count(ms.samples()),
            Formats.count(ms.errors()));
      }
    }
    if (t.rowCount() == 0) {
      return;
    }
    out.write('\n');
    t.fitTo(options.width()).render(out, options.style());
  }

  private static String avg(ModelSummary.Score score) {
    return Formats.score(score.mean(), score.ci95());
  }

  private static String name(String tag) {
    return tag.isEmpty() ? "(untagged)" : tag;
  }
}
