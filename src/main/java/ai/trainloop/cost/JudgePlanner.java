package ai.trainloop.cost;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.JudgeConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The judge's part of {@code --dry-run}: calls = replies × judge questions per reply × {@code
 * calls_per_model_per_claim}, per judge model (a {@code judge} metric asks 2 claims, a rubric 1, a
 * pairwise comparison 2 orders; a Java judge metric is counted as one {@code assertTrue}, 2
 * claims). Each call's input is estimated as the template, the prompt and the recorded reply (in
 * place of the reply to come); its output as the judge's {@code max_tokens}, else {@value
 * JudgeLedger#ESTIMATED_ANSWER_TOKENS} tokens.
 */
public final class JudgePlanner {
  private final PriceResolver prices;
  private final TokenEstimator estimator;

  public JudgePlanner(PriceResolver prices, TokenEstimator estimator) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.estimator = Objects.requireNonNull(estimator, "estimator");
  }

  /**
   * One judge model's estimate.
   *
   * @param costUsd null when the judge has no price
   */
  public record JudgePlan(
      String judgeId, long calls, long inputTokens, long outputTokens, BigDecimal costUsd) {}

  /**
   * @param replies models whose replies are judged (each sample is answered by each)
   * @param questionsPerReply tag to the judge questions its suites ask per reply
   */
  public List<JudgePlan> plan(
      Iterable<RecordedCall> samples,
      int replies,
      ToIntFunction<String> questionsPerReply,
      JudgeConfig judge) {
    List<JudgePlan> out = new ArrayList<>();
    int k = judge.callsPerModelPerClaim();
    for (ProviderEntry j : judge.models()) {
      Optional<ModelPrice> price = prices.resolve(j);
      long calls = 0;
      long input = 0;
      long output = 0;
      BigDecimal cost = BigDecimal.ZERO;
      long template = estimator.countText(j.model(), judge.template());
      for (RecordedCall s : samples) {
        long n = (long) replies * questionsPerReply.applyAsInt(s.tag() == null ? "" : s.tag()) * k;
        if (n == 0) {
          continue;
        }
        long text = template + estimator.countText(j.model(), s.output());
        for (ChatMessage m : s.input()) {
          text += estimator.countText(j.model(), m.content()) + 2;
        }
        long in = text + TokenEstimator.TOKENS_PER_MESSAGE + TokenEstimator.REPLY_PRIMING_TOKENS;
        long outTokens =
            j.maxTokens() != null ? j.maxTokens() : JudgeLedger.ESTIMATED_ANSWER_TOKENS;
        calls += n;
        input += n * in;
        output += n * outTokens;
        if (price.isPresent()) {
          cost =
              cost.add(
                  CostCalculator.cost(Usage.of(in, outTokens), price.get())
                      .multiply(BigDecimal.valueOf(n)));
        }
      }
      out.add(new JudgePlan(j.id(), calls, input, output, price.isPresent() ? cost : null));
    }
    return out;
  }
}
