package ai.trainloop.cost;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the {@code --dry-run} plan without sending anything: samples per tag, calls per model,
 * input tokens per model ({@link TokenEstimator}: OpenAI's own tokenizer for OpenAI models, about
 * four characters a token for the others), output tokens from the recorded replies' length capped
 * at each entry's {@code max_tokens}, and the cost per model and in total at each model's price.
 * Each call is priced on its own, so a prompt above a long-context threshold is billed at that
 * tier. A model without a price has an unknown cost (null, one warning), never $0; the recorded
 * provider replays replies and is not counted in tokens or cost.
 */
public final class DryRunPlanner {

  private final PriceResolver prices;
  private final TokenEstimator estimator;
  private final java.util.function.Predicate<ProviderEntry> batched;

  public DryRunPlanner(PriceResolver prices, TokenEstimator estimator) {
    this(prices, estimator, entry -> false);
  }

  /**
   * @param batched the entries whose calls go through a batch API ({@code --batch}): priced at
   *     {@link ModelPrice#batch()}
   */
  public DryRunPlanner(
      PriceResolver prices,
      TokenEstimator estimator,
      java.util.function.Predicate<ProviderEntry> batched) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.batched = Objects.requireNonNull(batched, "batched");
  }

  /**
   * The plan for these samples and models.
   *
   * @param samples the selected samples, iterated once
   * @param entries the models, in config order
   */
  public DryRunPlan plan(Iterable<RecordedCall> samples, List<ProviderEntry> entries) {
    return plan(samples, entries, 1);
  }

  /**
   * The plan when each (sample, model) pair is called {@code repeats} times: every model's calls,
   * tokens and cost count each repeat; the samples per tag do not.
   */
  public DryRunPlan plan(Iterable<RecordedCall> samples, List<ProviderEntry> entries, int repeats) {
    List<Tally> tallies = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ProviderEntry entry : entries) {
      boolean replay = entry.isRecorded();
      Optional<ModelPrice> price =
          replay
              ? Optional.empty()
              : prices.resolve(entry).map(p -> batched.test(entry) ? p.batch() : p);
      if (!replay && price.isEmpty()) {
        warnings.add(prices.unknownPriceWarning(entry));
      }
      tallies.add(new Tally(entry, replay, price.orElse(null)));
    }
    Map<String, Integer> perTag = new TreeMap<>();
    int count = 0;
    for (RecordedCall sample : samples) {
      count++;
      perTag.merge(sample.tag() == null ? "" : sample.tag(), 1, Integer::sum);
      for (Tally t : tallies) {
        t.add(sample, repeats);
      }
    }
    List<ModelPlan> plans = tallies.stream().map(Tally::toPlan).toList();
    return new DryRunPlan(count, perTag, plans, total(plans), warnings);
  }

  private static BigDecimal total(List<ModelPlan> plans) {
    boolean anyPaid = plans.stream().anyMatch(p -> !p.replay());
    boolean anyPriced = plans.stream().anyMatch(p -> !p.replay() && p.estimatedCostUsd() != null);
    if (anyPaid && !anyPriced) {
      return null;
    }
    return plans.stream()
        .map(ModelPlan::estimatedCostUsd)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One model's running sums. */
  private final class Tally {
    private final ProviderEntry entry;
    private final boolean replay;
    private final ModelPrice price;
    private long calls;
    private long input;
    private long output;
    private BigDecimal cost = BigDecimal.ZERO;

    Tally(ProviderEntry entry, boolean replay, ModelPrice price) {
      this.entry = entry;
      this.replay = replay;
      this.price = price;
    }

    void add(RecordedCall sample, int repeats) {
      calls += repeats;
      if (replay) {
        return;
      }
      Usage usage = estimator.estimateUsage(entry, sample);
      input += usage.inputTokens() * (long) repeats;
      output += usage.outputTokens() * (long) repeats;
      if (price != null) {
        cost = cost.add(CostCalculator.cost(usage, price).multiply(BigDecimal.valueOf(repeats)));
      }
    }

    ModelPlan toPlan() {
      return new ModelPlan(
          entry.id(),
          calls,
          replay ? null : input,
          replay ? null : output,
          !replay && estimator.isExact(entry.model()),
          price == null ? null : cost,
          price == null ? null : price.source(),
          replay);
    }
  }
}
