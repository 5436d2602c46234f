package ai.trainloop.cost;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.eval.JudgeClient.JudgeQuery;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.JudgeCalls;
import ai.trainloop.run.ModelTarget;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The judge's spending: admits each judge call against the budget (when there is one) at its
 * estimate, then counts what it cost, exactly, from the tokens the judge reported, to the judge
 * model and to the candidate whose reply it judged. A judge without a price has an unknown cost
 * (one warning), never $0. Thread-safe (one lock).
 */
public final class JudgeLedger implements JudgeCalls.Accounting {
  /** Output tokens a judge answer is estimated at when its entry sets no max_tokens. */
  public static final int ESTIMATED_ANSWER_TOKENS = 300;

  private final Map<String, Optional<ModelPrice>> prices = new LinkedHashMap<>();
  private final Budget budget;
  private final TokenEstimator estimator;
  private final Map<String, BigDecimal> byCandidate = new LinkedHashMap<>();
  private final Map<String, BigDecimal> byJudge = new LinkedHashMap<>();
  private long calls;
  private long answered;
  private long inputTokens;
  private long outputTokens;
  private BigDecimal total = BigDecimal.ZERO;
  private boolean unknown;

  /**
   * @param judges the judge models, each priced once ({@code warn} hears of one without a price)
   * @param budget the run's budget; null for none
   */
  public JudgeLedger(
      List<ProviderEntry> judges,
      PriceResolver resolver,
      Budget budget,
      TokenEstimator estimator,
      Consumer<String> warn) {
    this.budget = budget;
    this.estimator = estimator;
    for (ProviderEntry j : judges) {
      Optional<ModelPrice> p = resolver.resolve(j);
      if (p.isEmpty()) {
        warn.accept("judge " + resolver.unknownPriceWarning(j));
      }
      prices.put(j.id(), p);
    }
  }

  /** The estimate of one judge call: its prompt's tokens and an answer of max_tokens or 300. */
  public static BigDecimal estimate(
      TokenEstimator estimator, ProviderEntry judge, String prompt, ModelPrice price) {
    long input =
        estimator.countText(judge.model(), prompt)
            + TokenEstimator.TOKENS_PER_MESSAGE
            + TokenEstimator.REPLY_PRIMING_TOKENS;
    long output = judge.maxTokens() != null ? judge.maxTokens() : ESTIMATED_ANSWER_TOKENS;
    return CostCalculator.cost(Usage.of(input, output), price);
  }

  @Override
  public boolean limits() {
    return budget != null;
  }

  @Override
  public String admitFree(ModelTarget judge, JudgeQuery query, String callKey) {
    synchronized (this) {
      calls++;
    }
    return null;
  }

  @Override
  public String admit(ModelTarget judge, JudgeQuery query, String callKey) {
    synchronized (this) {
      calls++;
    }
    if (budget == null) {
      return null;
    }
    BigDecimal estimate =
        priceOf(judge.id())
            .map(p -> estimate(estimator, judge.entry(), query.prompt(), p))
            .orElse(BigDecimal.ZERO);
    return budget.admitJudge(judge.id(), callKey, estimate);
  }

  @Override
  public void settle(ModelTarget judge, JudgeQuery query, String callKey, Usage usage) {
    Optional<ModelPrice> price = priceOf(judge.id());
    BigDecimal cost =
        price.isPresent() && usage.known() ? CostCalculator.cost(usage, price.get()) : null;
    synchronized (this) {
      if (usage.known()) {
        answered++;
        inputTokens += usage.inputTokens();
        outputTokens += usage.outputTokens();
        if (cost == null) {
          unknown = true;
        } else {
          total = total.add(cost);
          byCandidate.merge(query.modelId(), cost, BigDecimal::add);
          byJudge.merge(judge.id(), cost, BigDecimal::add);
        }
      }
    }
    if (budget != null) {
      budget.settle(judge.id(), callKey, cost);
    }
  }

  private synchronized Optional<ModelPrice> priceOf(String judgeId) {
    return prices.getOrDefault(judgeId, Optional.empty());
  }

  /**
   * What the judge spent so far.
   *
   * @param calls judge calls admitted
   * @param answered calls answered (with token counts)
   * @param inputTokens input tokens the judges reported
   * @param outputTokens output tokens
   * @param costUsd the exact sum; null when some answered call has no price
   * @param byCandidate candidate model id to what judging its replies cost
   * @param byJudge judge model id to what it cost
   */
  public record Totals(
      long calls,
      long answered,
      long inputTokens,
      long outputTokens,
      BigDecimal costUsd,
      Map<String, BigDecimal> byCandidate,
      Map<String, BigDecimal> byJudge) {}

  public synchronized Totals totals() {
    return new Totals(
        calls,
        answered,
        inputTokens,
        outputTokens,
        unknown ? null : total,
        Collections.unmodifiableMap(new LinkedHashMap<>(byCandidate)),
        Collections.unmodifiableMap(new LinkedHashMap<>(byJudge)));
  }
}
