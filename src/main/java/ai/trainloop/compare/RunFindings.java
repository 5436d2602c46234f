package ai.trainloop.compare;

import ai.trainloop.aggregate.Intervals;
import ai.trainloop.aggregate.TagBreakdown;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.decide.CommonSamples;
import ai.trainloop.decide.Priorities;
import ai.trainloop.decide.RunSelection;
import ai.trainloop.decide.Selection;
import ai.trainloop.decide.Thresholds;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished run found, in memory, before anything is written: each model's summary with its
 * 95% intervals and model selection's verdict, the selection itself, and (with {@code --detailed})
 * the pairwise comparisons of the models.
 *
 * @param models the summaries in config order, with intervals and verdicts
 * @param selection gates, decision matrix and recommendation
 * @param pairs every pair of called models on the samples both answered; empty when not asked for
 */
public record RunFindings(
    List<ModelSummary> models, Selection selection, List<PairComparison> pairs) {

  public RunFindings {
    models = List.copyOf(models);
    pairs = List.copyOf(pairs);
  }

  /**
   * Reads the run's results.jsonl as each step needs it (the common samples when priorities are
   * set, the scores for the intervals, every row for pairwise comparisons), keeping no more than
   * that step does.
   *
   * @param summaries the aggregates, in config order
   * @param priorities the weights; null when none are set
   * @param pairwise whether to compare every pair of called models
   */
  public static RunFindings of(
      List<ModelSummary> summaries,
      Path resultsJsonl,
      BenchmarkConfig benchmark,
      Priorities priorities,
      boolean pairwise)
      throws IOException {
    return of(summaries, resultsJsonl, benchmark, priorities, pairwise, benchmark.control());
  }

  /**
   * As {@link #of(List, Path, BenchmarkConfig, Priorities, boolean)}, A/B-testing every other model
   * against {@code control} (null for none). The scored samples are always read: ties on quality
   * and the A/B test are paired tests on them.
   */
  public static RunFindings of(
      List<ModelSummary> summaries,
      Path resultsJsonl,
      BenchmarkConfig benchmark,
      Priorities priorities,
      boolean pairwise,
      String control)
      throws IOException {
    CommonSamples answers = new CommonSamples(benchmark.repeatReducer());
    ResultsJsonlReader.forEach(resultsJsonl, answers::add);
    Selection selection =
        RunSelection.evaluate(
            summaries,
            Thresholds.from(benchmark),
            priorities,
            answers,
            benchmark.speedMeasure(),
            control,
            benchmark.compare().alpha());
    List<ModelSummary> models =
        RunSelection.withVerdicts(
            TagBreakdown.read(resultsJsonl, benchmark.repeatReducer())
                .applyTo(
                    Intervals.read(resultsJsonl, benchmark.repeatReducer())
                        .compute()
                        .applyTo(summaries)),
            selection);
    List<PairComparison> pairs = List.of();
    if (pairwise) {
      List<ResultRow> rows = new ArrayList<>();
      ResultsJsonlReader.forEach(resultsJsonl, row -> rows.add(row.withoutResponse()));
      List<String> called =
          summaries.stream().filter(ModelSummary::shown).map(ModelSummary::id).toList();
      pairs =
          new PairwiseComparator(benchmark.compare().alpha(), benchmark.repeatReducer())
              .compare(rows, called);
    }
    return new RunFindings(models, selection, pairs);
  }
}
