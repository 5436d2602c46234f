package ai.trainloop.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One judgement, as the run's agreement figures need it: one {@link Judge} question (a claim pair,
 * a rubric, a comparison) about one reply, and what each judge model made of it.
 *
 * @param metric the metric that asked
 * @param sampleId the sample
 * @param modelId the candidate whose reply was judged
 * @param kind {@code claim}, {@code rubric} or {@code pairwise}
 * @param votes judge model id to its verdicts, in {@code trainloop.judge.models} order
 */
public record Judgement(
    String metric, String sampleId, String modelId, String kind, Map<String, Votes> votes) {

  public Judgement {
    votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
  }

  /**
   * One judge model's verdicts on one judgement.
   *
   * @param rating its own verdict ({@code pass}/{@code fail}, a grade, {@code win}/{@code
   *     tie}/{@code loss}); null when all its answers abstained, failed or contradicted each other
   * @param repeats the verdict of each of its k calls (pairs, for a claim), null where it abstained
   *     or contradicted itself: its self-consistency
   * @param contradictions claim pairs whose two answers agreed (both true or both false): dropped
   * @param decided claim pairs (or answers) with a verdict, contradictions included
   */
  public record Votes(String rating, List<String> repeats, int contradictions, int decided) {
    public Votes {
      repeats = Collections.unmodifiableList(new java.util.ArrayList<>(repeats));
    }
  }
}
