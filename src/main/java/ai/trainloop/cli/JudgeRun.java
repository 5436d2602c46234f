package ai.trainloop.cli;

import ai.trainloop.aggregate.JudgeAgreement;
import ai.trainloop.config.JudgeConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.cost.Budget;
import ai.trainloop.cost.JudgeLedger;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.TokenEstimator;
import ai.trainloop.eval.Counterpart;
import ai.trainloop.eval.Judgement;
import ai.trainloop.eval.Judges;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.PairwiseMetric;
import ai.trainloop.eval.Sample;
import ai.trainloop.eval.Scorer;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.cache.ResponseCache;
import ai.trainloop.render.JudgeReport;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.run.JudgeCalls;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunListener;
import ai.trainloop.run.RunOptions;
import ai.trainloop.run.SampleScoring;
import ai.trainloop.run.Ticker;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The judge of one benchmark run: which judge models can be called (said before the first call),
 * their calls through the run's machinery, their cost and their judgements.
 */
final class JudgeRun implements AutoCloseable {
  private final JudgeConfig config;
  private final List<ModelTarget> ready;
  private final List<String> judgeMetrics;
  private final String unavailable;
  private final Map<String, String> winRates = new LinkedHashMap<>();
  private final List<Judgement> judgements = Collections.synchronizedList(new ArrayList<>());
  private JudgeCalls calls;
  private JudgeLedger ledger;

  private JudgeRun(
      JudgeConfig config, List<ModelTarget> ready, List<String> judgeMetrics, String unavailable) {
    this.config = config;
    this.ready = ready;
    this.judgeMetrics = judgeMetrics;
    this.unavailable = unavailable;
  }

  /**
   * Resolves the judge models when some metric needs one; a judge without a key is skipped with one
   * line, and with none left the judge metrics are left out of the run, said once.
   */
  static JudgeRun plan(
      Setup setup,
      Providers providers,
      Duration callTimeout,
      Consumer<String> warn,
      Consumer<String> info,
      ResponseCache cache) {
    JudgeConfig config = setup.config().judge();
    List<String> metrics = setup.scorer().judgeMetrics();
    if (metrics.isEmpty()) {
      return new JudgeRun(config, List.of(), metrics, "no metric asks a judge");
    }
    ModelPlanner planner =
        new ModelPlanner(
            providers, PriceResolver.forConfig(setup.config()), false, warn, line -> {}, cache);
    List<ModelTarget> ready = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (PlannedModel m : planner.plan(config.models(), null, callTimeout)) {
      if (m.runs()) {
        ready.add(m.target());
      } else {
        String why = m.skippedReason().replace("to benchmark", "to judge with");
        info.accept("judge " + m.id() + " skipped: " + why);
        skipped.add(why);
      }
    }
    String unavailable = null;
    if (ready.isEmpty()) {
      unavailable = String.join("; ", skipped);
      info.accept(
          "judge metrics left out of this run ("
              + String.join(", ", metrics)
              + "): "
              + unavailable);
    }
    JudgeRun run = new JudgeRun(config, List.copyOf(ready), metrics, unavailable);
    setup
        .scorer()
        .metrics()
        .forEach(
            (name, m) -> {
              if (m instanceof PairwiseMetric p) {
                run.winRates.put(name, p.against());
              }
            });
    return run;
  }

  /** Whether judge calls will be made. */
  boolean active() {
    return unavailable == null;
  }

  /** The judge models that will be called. */
  List<ProviderEntry> entries() {
    return ready.stream().map(ModelTarget::entry).toList();
  }

  JudgeConfig config() {
    return new JudgeConfig(
        entries(),
        config.callsPerModelPerClaim(),
        config.temperature(),
        config.envPath(),
        config.template(),
        config.declared());
  }

  List<String> judgeMetrics() {
    return judgeMetrics;
  }

  /** Starts the judge's lanes for a run; the judges the scorer gives its judge metrics. */
  Judges start(
      RunOptions options,
      Ticker ticker,
      RunControl control,
      Budget budget,
      RunListener listener,
      PriceResolver prices,
      Consumer<String> warn) {
    if (!active()) {
      return Judges.none(unavailable);
    }
    ledger = new JudgeLedger(entries(), prices, budget, new TokenEstimator(), warn);
    RunListener named =
        new RunListener() {
          @Override
          public void onResult(ai.trainloop.run.CallResult result) {}

          @Override
          public void onWaiting(String modelId, Duration wait, String reason) {
            listener.onWaiting("judge " + modelId, wait, reason);
          }

          @Override
          public void onModelStopped(String modelId, String reason) {
            listener.onModelStopped("judge " + modelId, reason);
          }
        };
    calls = new JudgeCalls(ready, options, ticker, control, ledger, named);
    return Judges.of(config(), calls, judgements::add);
  }

  /**
   * How the run scores replies: with {@code judges}, and each {@code judge_pairwise} metric against
   * a model with that model's reply to the sample, once the run has it.
   */
  static SampleScoring scoring(Scorer scorer, Judges judges) {
    Set<String> awaited = Set.copyOf(scorer.pairwiseAgainst().values());
    return new SampleScoring() {
      @Override
      public List<MetricScore> score(Sample sample) {
        return scorer.score(sample, judges);
      }

      @Override
      public Set<String> awaits(String tag, String modelId) {
        return judges.available() ? scorer.awaits(tag, modelId) : Set.of();
      }

      @Override
      public Set<String> awaited() {
        return judges.available() ? awaited : Set.of();
      }

      @Override
      public List<MetricScore> score(Sample sample, Map<String, Counterpart> others) {
        return scorer.score(sample, judges, others);
      }

      @Override
      public List<MetricScore> score(Sample sample, Map<String, Counterpart> others, int repeat) {
        Judges panel = judges.forRepeat(repeat);
        return others == null ? scorer.score(sample, panel) : scorer.score(sample, panel, others);
      }
    };
  }

  /**
   * One line per {@code judge_pairwise} metric against a model, said before the run: which model's
   * replies it compares with, that its mean is the win rate, and the model not judged against
   * itself, or not in this run.
   */
  static List<String> pairwiseNotes(Scorer scorer, List<String> running) {
    List<String> lines = new ArrayList<>();
    scorer
        .pairwiseAgainst()
        .forEach(
            (metric, against) ->
                lines.add(
                    "judge_pairwise "
                        + metric
                        + ": win rate against "
                        + against
                        + " (a tie counts half)"
                        + (running.contains(against)
                            ? "; " + against + "'s own replies are not judged against themselves"
                            : "; "
                                + against
                                + " is not in this run, so the metric fails for every sample")));
    return lines;
  }

  /** What the judge spent; null when it did not run. */
  JudgeLedger.Totals totals() {
    return ledger == null ? null : ledger.totals();
  }

  /** The agreement figures; null when the judge did not run. */
  JudgeAgreement.Result agreement() {
    if (ledger == null) {
      return null;
    }
    List<Judgement> copy;
    synchronized (judgements) {
      copy = List.copyOf(judgements);
    }
    return JudgeAgreement.of(
        copy, ready.stream().map(ModelTarget::id).toList(), config.callsPerModelPerClaim());
  }

  @Override
  public void close() {
    if (calls != null) {
      calls.close();
    }
  }

  /**
   * The judge's part of the report.
   *
   * @param json the top-level {@code judge} block
   * @param costByModel candidate id to what judging its replies cost
   * @param lines shown below the tables: agreement and the run's total spend
   * @param warnings judges that contradicted themselves too often
   */
  record Report(
      JsonNode json,
      Map<String, BigDecimal> costByModel,
      List<String> lines,
      List<String> warnings) {}

  /**
   * The report of a judge that ran, with what judging each model's replies cost ({@code
   * cost.judge_usd}, see {@link #withJudgeCosts}); null when the judge did not run.
   */
  Report report(List<ModelSummary> summaries) {
    JudgeLedger.Totals t = totals();
    if (t == null) {
      return null;
    }
    JudgeAgreement.Result a = agreement();
    List<String> ids = ready.stream().map(ModelTarget::id).toList();
    int k = config.callsPerModelPerClaim();
    Map<String, BigDecimal> byModel = new LinkedHashMap<>();
    BigDecimal candidates = BigDecimal.ZERO;
    boolean candidatesKnown = true;
    for (ModelSummary m : summaries) {
      if (m.status() == ModelState.SKIPPED) {
        continue;
      }
      BigDecimal cost =
          t.costUsd() == null ? null : t.byCandidate().getOrDefault(m.id(), BigDecimal.ZERO);
      byModel.put(m.id(), cost);
      if (m.cost() != null && m.cost().total() != null) {
        candidates = candidates.add(m.cost().total());
      } else if (!ProviderEntry.isRecorded(m.provider())) {
        candidatesKnown = false;
      }
    }
    List<String> lines = new ArrayList<>(JudgeReport.agreementLines(a, ids, k));
    winRates.forEach(
        (metric, against) ->
            lines.add(
                "Win rate: "
                    + metric
                    + " is the share of comparisons each model's reply won against "
                    + (PairwiseMetric.RECORDED.equals(against) ? "the recorded reply" : against)
                    + "'s (both orders, a tie counts half); its average and interval above are"
                    + " the win rate's."));
    lines.add(JudgeReport.totalSpend(candidatesKnown ? candidates : null, t.costUsd()));
    return new Report(
        JudgeReport.toJson(ids, k, t, a),
        Collections.unmodifiableMap(byModel),
        lines,
        JudgeAgreement.warnings(a));
  }

  /** The summaries, each model the judge scored with what judging its replies cost. */
  static List<ModelSummary> withJudgeCosts(List<ModelSummary> summaries, Report judged) {
    if (judged == null) {
      return summaries;
    }
    return summaries.stream()
        .map(
            m ->
                judged.costByModel().containsKey(m.id())
                    ? m.withJudgeCost(new ModelSummary.JudgeCost(judged.costByModel().get(m.id())))
                    : m)
        .toList();
  }
}
