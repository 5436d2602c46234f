package ai.trainloop.eval;

/** Receives every judgement of a run, for its agreement figures. Thread-safe. */
@FunctionalInterface
public interface JudgeSink {
  void judged(Judgement judgement);

  JudgeSink NONE = j -> {};
}
