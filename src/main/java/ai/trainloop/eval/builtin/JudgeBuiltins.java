package ai.trainloop.eval.builtin;

import ai.trainloop.eval.JudgePrompts;
import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.PairwiseMetric;
import ai.trainloop.eval.Sample;
import ai.trainloop.eval.Score;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in judge metrics.
 *
 * <ul>
 *   <li>{@code {type: judge, yes: "…", no: "…"}}: TrainLoop's {@code assert_true} on the two
 *       claims;
 *   <li>{@code {type: judge, rubric: "…"}}: a grade from 1 to 5, scored 0..1 ({@code (grade - 1) /
 *       4});
 *   <li>{@code {type: judge_pairwise, against: recorded | <model>, question: "…"}}: the reply
 *       against the recorded one or another model's, in both orders; win 1, tie 0.5, loss 0 (its
 *       mean is the win rate).
 * </ul>
 *
 * A claim or rubric may hold {@code {input}} (the prompt: each message as {@code role: text} on its
 * own line), {@code {output}} (this model's reply) and {@code {recorded}} (production's reply),
 * each replaced once. One without any of them gets the prompt and the reply appended as {@link
 * #APPENDED} shows.
 */
final class JudgeBuiltins {
  /** What a claim without placeholders gets appended (documented in README, "Judges"). */
  static final String APPENDED =
      "\n\n<prompt>\n{input}\n</prompt>\n\n<response>\n{output}\n</response>";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(input|output|recorded)\\}");

  private JudgeBuiltins() {}

  static Metric judge(Params p) {
    if (p.has("rubric")) {
      if (p.has("yes") || p.has("no")) {
        throw p.error("rubric", "give either 'rubric' or the claims 'yes' and 'no', not both");
      }
      String rubric = p.text("rubric", "what a good reply does, graded 1 to 5");
      return JudgedMetric.of((s, j) -> withReason(j.grade(fill(rubric, s))), true);
    }
    if (!p.has("yes") && !p.has("no")) {
      throw p.missing(
          "yes", "the claim that holds for a pass (with 'no', its opposite), or a rubric");
    }
    String yes = p.text("yes", "the claim that holds for a pass");
    String no = p.text("no", "the opposite claim, which holds for a fail");
    return JudgedMetric.of((s, j) -> withReason(j.assertTrue(fill(yes, s), fill(no, s))), true);
  }

  /**
   * {@code against} is kept as written here; {@link ai.trainloop.eval.Metrics} checks it names
   * {@code recorded} or a configured model, and puts that model's id in its place.
   */
  static Metric pairwise(Params p) {
    String against =
        p.text("against", "the reply to compare with: recorded, or a model of the run").strip();
    if (against.isEmpty()) {
      throw p.error("against", "give 'recorded' or a model of trainloop.benchmark.providers");
    }
    String question =
        p.text("question", "what to compare, like \"Which response is more helpful?\"");
    return new PairwiseMetric(against, question);
  }

  /** The score; the judge's own reason is kept by the scorer. */
  private static Score withReason(double value) {
    return Score.of(value);
  }

  /**
   * {@code text} with its placeholders replaced, once each; without any, the prompt and reply
   * appended.
   */
  static String fill(String text, Sample s) {
    String template = PLACEHOLDER.matcher(text).find() ? text : text + APPENDED;
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "input" -> inputText(s);
            case "output" -> s.output();
            default -> s.recordedOutput();
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The prompt as text: each message as {@code role: text}, one after the other. */
  static String inputText(Sample s) {
    return JudgePrompts.inputText(s);
  }
}
