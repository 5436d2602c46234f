import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.List;
import java.util.Locale;

/**
 * is_helpful_response: a real answer of some substance, not a refusal or a disclaimer. A metric is a
 * public class implementing Metric, in eval/metrics/, named in suites by its file name in snake_case;
 * it returns a score from 0 to 1 (README, "Writing metrics").
 */
public class IsHelpfulResponse implements Metric {
  private static final List<String> REFUSALS =
      List.of("i can't", "i cannot", "i'm sorry", "as an ai", "i am unable", "i'm unable");

  @Override
  public double score(Sample sample) {
    String reply = sample.output().strip();
    String lower = reply.toLowerCase(Locale.ROOT);
    if (REFUSALS.stream().anyMatch(lower::startsWith)) {
      return 0;
    }
    return reply.split("\\s+").length >= 4 ? 1 : 0;
  }
}
