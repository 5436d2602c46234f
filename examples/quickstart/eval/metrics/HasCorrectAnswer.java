import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.Locale;

/**
 * has_correct_answer: the reply states the answer the recorded reply gave.
 * The expected answer is the recorded reply's last line, without an "Answer:" prefix.
 */
public class HasCorrectAnswer implements Metric {
  @Override
  public double score(Sample sample) {
    String[] lines = sample.recordedOutput().strip().split("\n");
    String expected = normalize(lines[lines.length - 1].replaceFirst("(?i)^answer:\\s*", ""));
    if (expected.isEmpty()) {
      return 0;
    }
    return normalize(sample.output()).contains(expected) ? 1 : 0;
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.:^ ]", " ").replaceAll("\\s+", " ").strip();
  }
}
