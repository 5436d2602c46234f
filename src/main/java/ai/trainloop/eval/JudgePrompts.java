package ai.trainloop.eval;

import ai.trainloop.config.JudgeConfig;

/**
 * The prompts a judge is sent: a claim goes into {@code trainloop.judge.template}; a rubric and a
 * comparison into the fixed templates here (README, "Judges"). Each placeholder is replaced once,
 * so text inside a claim or reply that looks like a placeholder stays as it is.
 */
public final class JudgePrompts {
  /** The highest grade of a rubric; the lowest is 1. */
  public static final int MAX_GRADE = 5;

  static final String RUBRIC =
      """
      You are a strict evaluator. Grade the response against the rubric below on a scale of 1 to 5:
      1 means it does not meet the rubric at all, 3 that it meets about half of it, 5 that it meets
      it fully.

      <rubric>
      {rubric}
      </rubric>

      Think step by step, then answer in exactly this format:
      <reasoning>
      [your step-by-step analysis]
      </reasoning>
      <result>
      [one whole number from 1 to 5]
      </result>
      """;

  /**
   * The comparison: the reply being scored is A in one order and B in the other; the answer must
   * hold {@code A}, {@code B} or {@code tie} in its {@code <result>} element.
   */
  static final String PAIRWISE =
      """
      You are a strict evaluator. Two responses, A and B, answer the same prompt. {question}
      Judge only the content: ignore which response comes first and how long each is.

      <prompt>
      {prompt}
      </prompt>

      <response_a>
      {first}
      </response_a>

      <response_b>
      {second}
      </response_b>

      Think step by step, then answer in exactly this format:
      <reasoning>
      [your step-by-step comparison]
      </reasoning>
      <result>
      [A, B or tie]
      </result>
      """;

  private JudgePrompts() {}

  static String claim(JudgeConfig config, String claim) {
    return config.prompt(claim);
  }

  static String rubric(String rubric) {
    return fill(RUBRIC, "{rubric}", rubric);
  }

  static String pairwise(String question, String prompt, String first, String second) {
    String[] keys = {"{question}", "{prompt}", "{first}", "{second}"};
    String[] values = {question, prompt, first, second};
    StringBuilder out = new StringBuilder();
    String rest = PAIRWISE;
    for (int i = 0; i < keys.length; i++) {
      int at = rest.indexOf(keys[i]);
      out.append(rest, 0, at).append(values[i]);
      rest = rest.substring(at + keys[i].length());
    }
    return out.append(rest).toString();
  }

  /** The prompt as text: each message as {@code role: text} on its own line. */
  public static String inputText(Sample s) {
    StringBuilder b = new StringBuilder();
    for (Message m : s.input()) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      b.append(m.role()).append(": ").append(m.content());
    }
    return b.toString();
  }

  private static String fill(String template, String key, String value) {
    int at = template.indexOf(key);
    return template.substring(0, at) + value + template.substring(at + key.length());
  }
}
