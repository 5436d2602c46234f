package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Asked before each call is sent (the budget check). Returning false stops the run: nothing more is
 * sent, calls in flight finish. Called from the model's dispatcher thread; implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface CallAdmission {
  /** Null when the call may go; otherwise the reason the run stops. */
  String refuse(ModelTarget model, RecordedCall sample);

  /**
   * The call admitted for {@code sample} has its reply, before it is scored: its cost is known now.
   * Called on the call's thread, at most once per admitted call.
   */
  default void replied(ModelTarget model, RecordedCall sample, Usage usage) {}

  /**
   * What a reply with {@code usage} from {@code model} cost at its price, for the metrics that
   * judge each call's cost ({@link ai.trainloop.eval.Sample#costUsd()}); empty when unknown.
   */
  default Optional<BigDecimal> costOf(ModelTarget model, Usage usage) {
    return Optional.empty();
  }

  /**
   * Whether {@link #refuse} can ever refuse a call (a budget is set). When it cannot, the runner
   * need not ask the response cache ahead of a call whether it would cost anything.
   */
  default boolean limits() {
    return true;
  }

  CallAdmission ALWAYS =
      new CallAdmission() {
        @Override
        public String refuse(ModelTarget model, RecordedCall sample) {
          return null;
        }

        @Override
        public boolean limits() {
          return false;
        }
      };

  /**
   * {@code base} (null: every call admitted) that prices replies with {@code pricer} (model id and
   * usage to the cost, or empty when unknown).
   */
  static CallAdmission pricing(
      CallAdmission base, BiFunction<String, Usage, Optional<BigDecimal>> pricer) {
    CallAdmission admits = base == null ? ALWAYS : base;
    return new CallAdmission() {
      @Override
      public String refuse(ModelTarget model, RecordedCall sample) {
        return admits.refuse(model, sample);
      }

      @Override
      public void replied(ModelTarget model, RecordedCall sample, Usage usage) {
        admits.replied(model, sample, usage);
      }

      @Override
      public boolean limits() {
        return admits.limits();
      }

      @Override
      public Optional<BigDecimal> costOf(ModelTarget model, Usage usage) {
        return usage == null || !usage.known() ? Optional.empty() : pricer.apply(model.id(), usage);
      }
    };
  }
}
