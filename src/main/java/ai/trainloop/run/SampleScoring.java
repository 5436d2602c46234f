package ai.trainloop.run;

import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import java.util.List;

/**
 * Scores one reply with the metrics of its tag; thread-safe; a failing metric is a failed
 * evaluation, not a throw.
 */
@FunctionalInterface
public interface SampleScoring {
  List<MetricScore> score(Sample sample);
}
