package ai.trainloop.decide;

import ai.trainloop.stats.PairedTest;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the recommendation weighs besides the verdicts: every model's scored samples (for the paired
 * tests behind ties and the A/B test), the significance level, each called model's cost per sample,
 * and the control.
 *
 * @param answers every model's scored samples; empty when not read (then no two models count as
 *     tied, and an A/B test compares nothing)
 * @param alpha significance level ({@code benchmark.compare.alpha})
 * @param costPerSample model id to USD per sample; a model without a known price is absent
 * @param control the control's id ({@code benchmark.control} or {@code --control}); null for none
 * @param test the paired test
 */
public record Evidence(
    CommonSamples answers,
    double alpha,
    Map<String, BigDecimal> costPerSample,
    String control,
    PairedTest test) {

  public Evidence {
    costPerSample = Map.copyOf(costPerSample);
  }

  /** No samples, no prices, no control: the recommendation by Avg or composite alone. */
  public static Evidence none() {
    return new Evidence(new CommonSamples(), 0.05, Map.of(), null, new PairedTest());
  }

  /** These inputs with another control. */
  public Evidence withControl(String id) {
    return new Evidence(answers, alpha, costPerSample, id, test);
  }
}
