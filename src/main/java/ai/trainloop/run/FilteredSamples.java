package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** The samples of one model's lane that its {@link PairFilter} lets through, read ahead by one. */
final class FilteredSamples implements Iterator<RecordedCall> {
  private final Iterator<RecordedCall> all;
  private final Predicate<RecordedCall> keep;
  private RecordedCall next;

  private FilteredSamples(Iterator<RecordedCall> all, Predicate<RecordedCall> keep) {
    this.all = all;
    this.keep = keep;
  }

  /**
   * {@code all} itself when every pair is sent, else the ones {@code pairs} sends to {@code model}.
   */
  static Iterator<RecordedCall> of(
      Iterator<RecordedCall> all, PairFilter pairs, ModelTarget model) {
    return pairs == PairFilter.ALL
        ? all
        : new FilteredSamples(all, sample -> pairs.sends(model, sample));
  }

  @Override
  public boolean hasNext() {
    while (next == null && all.hasNext()) {
      RecordedCall candidate = all.next();
      if (keep.test(candidate)) {
        next = candidate;
      }
    }
    return next != null;
  }

  @Override
  public RecordedCall next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordedCall out = next;
    next = null;
    return out;
  }
}
