package ai.trainloop.run;

import ai.trainloop.eval.Counterpart;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one reply with the metrics of its tag; thread-safe; a failing metric is a failed
 * evaluation, not a throw.
 */
@FunctionalInterface
public interface SampleScoring {
  List<MetricScore> score(Sample sample);

  /**
   * The models whose replies to the same sample a reply of {@code modelId} is compared with (its
   * {@code judge_pairwise} metrics): the runner scores it once each of them replied or ended
   * without a reply. None by default.
   */
  default Set<String> awaits(String tag, String modelId) {
    return Set.of();
  }

  /** Every model some reply is compared with: the runner keeps only their replies for that. */
  default Set<String> awaited() {
    return Set.of();
  }

  /** Scores with the replies (or their absence) of the models {@link #awaits} named. */
  default List<MetricScore> score(Sample sample, Map<String, Counterpart> others) {
    return score(sample);
  }

  /**
   * Scores the reply of repeat {@code repeat} (from 0) of its (sample, model) pair, with the
   * replies of {@code others} (null when it awaits none). By default the repeat makes no
   * difference; a scoring with judges asks them anew for each repeat.
   */
  default List<MetricScore> score(Sample sample, Map<String, Counterpart> others, int repeat) {
    return others == null ? score(sample) : score(sample, others);
  }
}
