package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The calls of one model's lane: each sample {@code repeats} times in a row (repeat 0, 1, ...),
 * those its {@link PairFilter} lets through, read ahead by one.
 */
final class FilteredSamples implements Iterator<FilteredSamples.Call> {
  /**
   * One call of a lane: a sample and which of its repeats it is.
   *
   * @param label the repeat index its result carries; null when the run has no repeats
   */
  record Call(RecordedCall sample, int repeat, Integer label) {}

  private final Iterator<RecordedCall> all;
  private final PairFilter pairs;
  private final ModelTarget model;
  private final int repeats;
  private RecordedCall current;
  private int nextRepeat;
  private Call next;

  private FilteredSamples(
      Iterator<RecordedCall> all, PairFilter pairs, ModelTarget model, int repeats) {
    this.all = all;
    this.pairs = pairs;
    this.model = model;
    this.repeats = repeats;
  }

  /** The calls {@code pairs} sends to {@code model}, each sample {@code repeats} (≥ 1) times. */
  static Iterator<Call> of(
      Iterator<RecordedCall> all, PairFilter pairs, ModelTarget model, int repeats) {
    return new FilteredSamples(all, pairs, model, Math.max(1, repeats));
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current == null || nextRepeat >= repeats) {
        if (!all.hasNext()) {
          return false;
        }
        current = all.next();
        nextRepeat = 0;
      }
      int r = nextRepeat++;
      if (pairs.sends(model, current, r)) {
        next = new Call(current, r, repeats > 1 ? r : null);
      }
    }
    return true;
  }

  @Override
  public Call next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Call out = next;
    next = null;
    return out;
  }
}
