package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;

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

  CallAdmission ALWAYS = (model, sample) -> null;
}
