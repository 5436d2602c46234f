package ai.trainloop.run;

import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import java.util.List;

/** Scores one reply with the metrics of its tag; thread-safe; a metric that throws is a score of 0, not an exception. */
@FunctionalInterface
public interface SampleScoring {
  List<MetricScore> score(Sample sample);
}
