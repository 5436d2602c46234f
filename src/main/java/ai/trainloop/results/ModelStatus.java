package ai.trainloop.results;

import ai.trainloop.cost.Price;
import java.time.Duration;
import java.util.Objects;

/**
 * What the caller knows about a model beyond its results: how it went, for how long it was active,
 * and the price its costs were computed with.
 *
 * @param state ok, skipped, failed or stopped
 * @param reason a short sentence for anything but ok (e.g. {@code "OPENAI_API_KEY is not set"});
 *     else null
 * @param activeTime wall time from the model's first call start to its last call end; null when
 *     unknown. Requests per second are successful calls divided by it.
 * @param price the price used for its costs; null when it has none (or cost tracking is off)
 */
public record ModelStatus(ModelState state, String reason, Duration activeTime, Price price) {
  public ModelStatus {
    Objects.requireNonNull(state, "state");
  }

  /** Benchmarked, active for {@code activeTime}, priced at {@code price}. */
  public static ModelStatus ok(Duration activeTime, Price price) {
    return new ModelStatus(ModelState.OK, null, activeTime, price);
  }

  /** Not called at all, for {@code reason}. */
  public static ModelStatus skipped(String reason) {
    return new ModelStatus(ModelState.SKIPPED, reason, null, null);
  }
}
