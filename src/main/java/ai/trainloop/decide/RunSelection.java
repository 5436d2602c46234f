package ai.trainloop.decide;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SpeedMeasure;
import ai.trainloop.results.ModelSelection;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.RecommendedModel;
import ai.trainloop.stats.PairedTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model selection of a run, from its summaries: the gate inputs and decision-matrix figures of
 * every model that was called, the {@link Selection} they give, and what report.json keeps of it
 * (each model's {@link ModelSelection}, the {@link RecommendedModel}).
 */
public final class RunSelection {
  private RunSelection() {}

  /**
   * Checks the gates, computes the decision matrix and recommends a model.
   *
   * @param summaries the run's models, in config order (skipped ones are left out)
   * @param priorities the weights; null when none are set (no decision matrix)
   * @param answers every model's scored samples: the decision matrix compares models on those all
   *     of them share
   */
  public static Selection evaluate(
      List<ModelSummary> summaries,
      Thresholds thresholds,
      Priorities priorities,
      CommonSamples answers) {
    return evaluate(summaries, thresholds, priorities, answers, SpeedMeasure.TOTAL);
  }

  /**
   * As {@link #evaluate(List, Thresholds, Priorities, CommonSamples)}, the speed column weighing
   * {@code speed}: the mean response time, or the median time to first token (a model that was not
   * streamed then has no speed, and is not ranked when speed is weighed).
   */
  public static Selection evaluate(
      List<ModelSummary> summaries,
      Thresholds thresholds,
      Priorities priorities,
      CommonSamples answers,
      SpeedMeasure speed) {
    return evaluate(summaries, thresholds, priorities, answers, speed, null, 0.05);
  }

  /**
   * As {@link #evaluate(List, Thresholds, Priorities, CommonSamples, SpeedMeasure)}, resolving ties
   * on quality by cost per sample, and with a control A/B-testing every other model against it.
   *
   * @param control the control's id; null for none
   * @param alpha the significance level of ties and of the A/B test
   */
  public static Selection evaluate(
      List<ModelSummary> summaries,
      Thresholds thresholds,
      Priorities priorities,
      CommonSamples answers,
      SpeedMeasure speed,
      String control,
      double alpha) {
    Map<String, BigDecimal> costPerSample = new LinkedHashMap<>();
    for (ModelSummary m : summaries) {
      if (m.cost() != null
          && m.cost().perSample() != null
          && !ProviderEntry.isRecorded(m.provider())) {
        costPerSample.put(m.id(), m.cost().perSample());
      }
    }
    Evidence evidence = new Evidence(answers, alpha, costPerSample, control, new PairedTest());
    List<ModelFigures> figures = new ArrayList<>();
    for (ModelSummary m : summaries) {
      if (m.status() != ModelState.SKIPPED) {
        ModelFigures f = figures(m);
        figures.add(speed == SpeedMeasure.TTFT && f.candidate() ? ttft(f, m) : f);
      }
    }
    List<ModelFigures> matrix = answers.onCommonSamples(figures);
    List<String> compared =
        figures.stream().filter(ModelFigures::hasResults).map(ModelFigures::id).toList();
    int common = answers.common(compared).size();
    boolean fewer = compared.stream().anyMatch(id -> answers.answered(id) > common);
    // said only when it matters: when every model answered the same samples the columns are the
    // tables' figures
    String note =
        matrix == figures || !fewer
            ? null
            : "Accuracy and metric columns are over the "
                + common
                + " samples every model answered (the Avg in the tables covers each model's own).";
    return Selection.evaluate(figures, matrix, note, thresholds, priorities, evidence);
  }

  /** {@code f} with its speed the model's median time to first token. */
  private static ModelFigures ttft(ModelFigures f, ModelSummary m) {
    if (m.latency().batch()) {
      return f.withSpeed(null, BATCH_SPEED);
    }
    Long p50 = m.latency().ttftP50();
    return f.withSpeed(
        p50 == null ? null : p50.doubleValue(),
        m.latency().streamed()
            ? "no time to first token (no streamed reply had a token)"
            : "no time to first token: speed_measure ttft needs streamed replies (--stream, or"
                + " stream: true)");
  }

  /** The figures model selection weighs for one model. */
  private static ModelFigures figures(ModelSummary m) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    m.metrics()
        .forEach(
            (name, s) -> {
              if (s.score() != null) {
                metrics.put(name, s.score()); // a metric that failed on every sample scored nothing
              }
            });
    if (m.samples() == 0) {
      return ModelFigures.withoutResults(m.id());
    }
    if (ProviderEntry.isRecorded(m.provider())) {
      return ModelFigures.recordedRow(m.id(), m.score().mean(), metrics);
    }
    Long p95 = m.latency().p95();
    ModelFigures f =
        ModelFigures.of(
                m.id(),
                m.score().mean(),
                metrics,
                m.cost() == null ? null : m.cost().per1kTokens(),
                m.latency().mean(),
                p95 == null ? null : p95.doubleValue())
            .withErrorRate(m.errorRate());
    return m.latency().batch() ? f.withSpeed(null, BATCH_SPEED) : f;
  }

  /** Why a batched model's speed is not ranked. */
  static final String BATCH_SPEED =
      "no latency in batch mode: a batch's calls take its hours, not a call's time";

  /** The summaries, each with its verdict; a model without one (skipped) is left as it is. */
  public static List<ModelSummary> withVerdicts(List<ModelSummary> summaries, Selection s) {
    List<ModelSummary> out = new ArrayList<>(summaries.size());
    for (ModelSummary m : summaries) {
      out.add(s.verdict(m.id()).map(v -> m.withSelection(of(v))).orElse(m));
    }
    return out;
  }

  /**
   * A verdict as report.json keeps it: its gates, its normalised row (empty when it has none) and
   * its composite.
   */
  public static ModelSelection of(ModelVerdict v) {
    return new ModelSelection(
        v.gates().gates(), v.inMatrix() ? v.normalized() : Map.of(), v.composite());
  }

  /** The recommendation as report.json keeps it. */
  public static RecommendedModel recommendation(Selection s) {
    Recommendation r = s.recommendation();
    return new RecommendedModel(r.modelId(), r.composite(), r.reason());
  }
}
