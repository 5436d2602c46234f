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
 * model scored none of the tag. Shown only when the run has more than one tag; with {@code
 * --detailed}, one metric table per tag follows.
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
    List<String> headers = new ArrayList<>();
    headers.add("Model");
    tags.forEach(t -> headers.add(name(t)));
    TextTable t = new TextTable("By Tag (Avg, 95% interval):", headers);
    for (int i = 1; i < headers.size(); i++) {
      t.align(i, TextTable.Align.RIGHT);
    }
    for (ModelSummary m : shown) {
      List<String> row = new ArrayList<>();
      row.add(m.id());
      for (String tag : tags) {
        TagSummary s = m.byTag().get(tag);
        row.add(s == null ? Formats.score(null) : avg(s.score()));
      }
      t.addRow(row);
    }
    out.write('\n');
    t.fitTo(options.width()).render(out, options.style());
    if (detailed) {
      for (String tag : tags) {
        metrics(shown, tag, options, out);
      }
    }
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
