package ai.trainloop.eval;

import ai.trainloop.config.JudgeConfig;
import java.util.Objects;

/**
 * The run's judge panel: gives each evaluation of a judge metric its own {@link Judge}. {@link
 * #none} stands for a run whose judge models cannot be called (no key): judge metrics are then left
 * out, after the run has said so.
 */
public final class Judges {
  private final JudgeConfig config;
  private final JudgeClient client;
  private final JudgeSink sink;
  private final String unavailable;
  private final int repeat;

  private Judges(
      JudgeConfig config, JudgeClient client, JudgeSink sink, String unavailable, int repeat) {
    this.repeat = repeat;
    this.config = config;
    this.client = client;
    this.sink = sink;
    this.unavailable = unavailable;
  }

  /**
   * A panel of {@code config}'s models, asked through {@code client}; each judgement goes to {@code
   * sink}.
   */
  public static Judges of(JudgeConfig config, JudgeClient client, JudgeSink sink) {
    return new Judges(
        Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(client, "client"),
        sink == null ? JudgeSink.NONE : sink,
        null,
        0);
  }

  /** No judge can be called, for {@code why}: judge metrics are left out of the run. */
  public static Judges none(String why) {
    return new Judges(null, null, JudgeSink.NONE, Objects.requireNonNull(why, "why"), 0);
  }

  /**
   * This panel judging the replies of repeat {@code index} (from 0) of their (sample, model) pair:
   * the same question about two repeats' identical replies is asked again, not read back from the
   * response cache, so the judge's own variance stays in the repeats' scores.
   */
  public Judges forRepeat(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("repeat must not be negative: " + index);
    }
    return index == repeat ? this : new Judges(config, client, sink, unavailable, index);
  }

  /** Whether judge metrics can run. */
  public boolean available() {
    return unavailable == null;
  }

  /** Why no judge can be called; null when one can. */
  public String unavailableReason() {
    return unavailable;
  }

  /** The panel's settings; null when {@link #available()} is false. */
  public JudgeConfig config() {
    return config;
  }

  /** The judge of one evaluation; without a judge, one whose every question fails. */
  Judge open(String metric, Sample sample) {
    if (!available()) {
      return new Judge() {
        @Override
        public int assertTrue(String yesClaim, String noClaim) {
          throw new JudgeException("no judge model can be called: " + unavailable);
        }

        @Override
        public double grade(String rubric) {
          return assertTrue(rubric, rubric);
        }

        @Override
        public double compare(String question, String prompt, String reply, String other) {
          return assertTrue(question, question);
        }
      };
    }
    return new PanelJudge(config, client, sink, metric, sample, repeat);
  }
}
