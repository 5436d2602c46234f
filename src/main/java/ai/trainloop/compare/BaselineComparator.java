package ai.trainloop.compare;

import ai.trainloop.config.CompareConfig;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SavedRun;
import ai.trainloop.stats.Descriptive;
import ai.trainloop.stats.Holm;
import ai.trainloop.stats.MinimumDetectableDrop;
import ai.trainloop.stats.PairedTest;
import ai.trainloop.stats.RelativeChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Compares a run with a baseline run ("Changes vs baseline"): pairs models by id and samples by
 * sample id (a sample's repeats reduced to one row by its run's reducer), tests every model's
 * score, metrics, score per tag (when the paired samples have more than one tag), cost per sample
 * and latency, Holm-corrects the p-values and gives each row a verdict. Holm's family is the rows
 * that can fail the run (their kind is in {@code fail_on}); the other rows are corrected among
 * themselves, so that comparisons that can never fail the run cost no power where it matters. A row
 * regresses when its Holm-adjusted p-value is below {@code alpha} and the change is worse than its
 * tolerance; a baseline model without results now is a regression (coverage lost).
 */
public final class BaselineComparator {
  private final CompareConfig config;
  private final ChangeRows rowMaker;

  /** A comparator with the default seeds and resample counts. */
  public BaselineComparator(CompareConfig config) {
    this(config, new PairedTest(), new RelativeChange());
  }

  public BaselineComparator(
      CompareConfig config, PairedTest pairedTest, RelativeChange relativeChange) {
    this.config = config;
    this.rowMaker = new ChangeRows(config, pairedTest, relativeChange);
  }

  /** Compares {@code current} with {@code baseline}. */
  public Comparison compare(SavedRun current, SavedRun baseline) {
    Set<String> currentModels = modelsWithResults(current);
    List<String> baselineModels = new ArrayList<>(modelsWithResults(baseline));
    List<List<ChangeRow>> rowsPerModel = new ArrayList<>();
    List<ModelPairing> pairings = new ArrayList<>();
    for (String id : baselineModels) {
      if (currentModels.contains(id)) {
        ModelPairing pairing = new ModelPairing(current.samplesOf(id), baseline.samplesOf(id));
        pairings.add(pairing);
        rowsPerModel.add(rowMaker.rows(id, pairing));
      } else {
        pairings.add(null);
        rowsPerModel.add(List.of(rowMaker.coverageLost(id, baseline.samplesOf(id))));
      }
    }
    List<ChangeRow> all = rowsPerModel.stream().flatMap(List::stream).toList();
    double[] adjusted = adjustByFamily(all);
    int family = (int) all.stream().filter(r -> r.gating() && !Double.isNaN(r.pValue())).count();
    List<ModelComparison> models = new ArrayList<>();
    int index = 0;
    for (int i = 0; i < baselineModels.size(); i++) {
      List<ChangeRow> judged = new ArrayList<>();
      for (ChangeRow row : rowsPerModel.get(i)) {
        judged.add(
            row.verdict() == Verdict.COVERAGE_LOST ? row : rowMaker.judge(row, adjusted[index]));
        index++;
      }
      models.add(model(baselineModels.get(i), pairings.get(i), judged, current, family));
    }
    List<String> onlyInCurrent =
        currentModels.stream().filter(id -> !baselineModels.contains(id)).toList();
    return new Comparison(
        baseline.source(),
        baseline.runId(),
        current.runId(),
        config,
        models,
        onlyInCurrent,
        difference(baseline.sampleIds(), current.sampleIds()),
        difference(current.sampleIds(), baseline.sampleIds()),
        family,
        notes(current, baseline));
  }

  /**
   * Holm-adjusted p-values, in the order of {@code rows}: the gating rows form one family, the
   * others another.
   */
  static double[] adjustByFamily(List<ChangeRow> rows) {
    double[] adjusted = new double[rows.size()];
    for (boolean gating : new boolean[] {true, false}) {
      int[] members =
          IntStream.range(0, rows.size()).filter(i -> rows.get(i).gating() == gating).toArray();
      double[] p = Arrays.stream(members).mapToDouble(i -> rows.get(i).pValue()).toArray();
      double[] a = Holm.adjust(p);
      for (int k = 0; k < members.length; k++) {
        adjusted[members[k]] = a[k];
      }
    }
    return adjusted;
  }

  private ModelComparison model(
      String id, ModelPairing pairing, List<ChangeRow> rows, SavedRun current, int family) {
    if (pairing == null) {
      String reason =
          current
              .model(id)
              .map(
                  m ->
                      m.status().json() + (m.statusReason() == null ? "" : ": " + m.statusReason()))
              .orElse("not in this run");
      return new ModelComparison(id, true, reason, 0, 0, 0, 0, Double.NaN, rows);
    }
    return new ModelComparison(
        id,
        false,
        null,
        pairing.paired,
        pairing.newErrors,
        pairing.erroredInBaseline,
        pairing.erroredInBoth,
        minimumDetectableDrop(pairing, family),
        rows);
  }

  /**
   * The drop in Avg this comparison would detect with 80% power at α/m, the level of Holm's first
   * step, using the spread of the observed per-sample differences (or, when they are all equal, √2
   * × the baseline's spread, as for two independent runs).
   */
  private double minimumDetectableDrop(ModelPairing pairing, int family) {
    double[] current = pairing.score.current();
    double[] baseline = pairing.score.baseline();
    double alpha = config.alpha() / Math.max(family, 1);
    double sd = Descriptive.sd(Descriptive.differences(current, baseline));
    if (!(sd > 0)) {
      sd = Math.sqrt(2) * Descriptive.sd(baseline);
    }
    return MinimumDetectableDrop.paired(
        current.length, sd, alpha, MinimumDetectableDrop.DEFAULT_POWER);
  }

  private List<String> notes(SavedRun current, SavedRun baseline) {
    List<String> notes = new ArrayList<>();
    if (!baseline.complete()) {
      notes.add(
          "the baseline run "
              + baseline.runId()
              + " was incomplete; only the samples it finished are compared");
    }
    if (!current.complete()) {
      notes.add("this run is incomplete; only the samples it finished are compared");
    }
    Set<String> tagsNow = tags(current);
    Set<String> tagsBefore = tags(baseline);
    if (tagsNow.size() > 1 || tagsBefore.size() > 1) {
      for (String tag : difference(tagsBefore, tagsNow)) {
        notes.add(
            ChangeRows.tagRowName(tag) + " has results only in the baseline; it is not compared");
      }
      for (String tag : difference(tagsNow, tagsBefore)) {
        notes.add(ChangeRows.tagRowName(tag) + " is new in this run; it is not compared");
      }
    }
    return notes;
  }

  /** The tags of the run's results, sorted ("" for untagged samples). */
  private static Set<String> tags(SavedRun report) {
    Set<String> tags = new TreeSet<>();
    report.results().forEach(r -> tags.add(r.tag() == null ? "" : r.tag()));
    return tags;
  }

  private static Set<String> modelsWithResults(SavedRun report) {
    Set<String> ids = new LinkedHashSet<>();
    report.results().stream().map(ResultRow::modelId).forEach(ids::add);
    return ids;
  }

  private static List<String> difference(Set<String> from, Set<String> minus) {
    return from.stream().filter(id -> !minus.contains(id)).toList();
  }
}
