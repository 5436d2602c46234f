package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;

/**
 * Which (sample, model) pairs, and which of their repeats, a run sends: a resumed run sends only
 * those without a result. A pair left out is neither sent nor reported, and does not stop the run
 * (unlike a refusal of {@link CallAdmission}). Called from the model's dispatcher thread;
 * implementations are thread-safe.
 */
@FunctionalInterface
public interface PairFilter {
  /** Whether repeat {@code repeat} (from 0) of {@code sample} is sent to {@code model}. */
  boolean sends(ModelTarget model, RecordedCall sample, int repeat);

  /** Every pair. */
  PairFilter ALL = (model, sample, repeat) -> true;
}
