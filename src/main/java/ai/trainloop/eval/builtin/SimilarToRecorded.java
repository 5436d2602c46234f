package ai.trainloop.eval.builtin;

import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code similar_to_recorded}: agreement between the reply and the recorded reply, as token-level
 * F1 (the measure SQuAD uses for free-text answers).
 *
 * <p>Both texts are lower-cased (root locale) and cut into tokens: runs of letters and digits,
 * except that each Han, Hiragana or Katakana character is a token of its own (those scripts do not
 * separate words with spaces). Punctuation and whitespace are not tokens. With {@code overlap} =
 * the number of tokens the two share, counted as a multiset (a token appearing twice in each counts
 * twice):
 *
 * <pre>
 *   precision = overlap / tokens(reply)      recall = overlap / tokens(recorded)
 *   F1 = 2 * precision * recall / (precision + recall)      (0 when overlap is 0)
 * </pre>
 *
 * Word order is ignored; a reply that says the same with other words scores low. When neither text
 * has a token, the score is 1 if the stripped texts are equal, else 0. A sample without a recorded
 * reply is an error (scored 0, with the reason), not a fail. With {@code threshold: t} the score
 * becomes 1 when F1 {@code >= t}, else 0.
 *
 * <p>Immutable and thread-safe.
 */
final class SimilarToRecorded implements Metric {
  private final Double threshold;

  SimilarToRecorded(Double threshold) {
    this.threshold = threshold;
  }

  static Metric create(Params p) {
    return new SimilarToRecorded(p.fraction("threshold"));
  }

  @Override
  public double score(Sample sample) {
    double f1 = f1(sample.output(), requireRecorded(sample));
    return threshold == null ? f1 : f1 >= threshold ? 1.0 : 0.0;
  }

  /** Token-level F1 of {@code reply} against {@code reference}, in [0, 1]. */
  static double f1(String reply, String reference) {
    List<String> got = tokens(reply);
    List<String> want = tokens(reference);
    if (got.isEmpty() || want.isEmpty()) {
      return got.isEmpty() && want.isEmpty() && reply.strip().equals(reference.strip()) ? 1.0 : 0.0;
    }
    Map<String, Integer> remaining = new HashMap<>();
    for (String t : want) {
      remaining.merge(t, 1, Integer::sum);
    }
    int overlap = 0;
    for (String t : got) {
      Integer left = remaining.get(t);
      if (left != null && left > 0) {
        remaining.put(t, left - 1);
        overlap++;
      }
    }
    if (overlap == 0) {
      return 0.0;
    }
    double precision = (double) overlap / got.size();
    double recall = (double) overlap / want.size();
    return Math.min(1.0, 2 * precision * recall / (precision + recall));
  }

  /**
   * The tokens of {@code text}, lower-cased: what {@code
   * [\p{IsHan}\p{IsHiragana}\p{IsKatakana}]|[\p{L}\p{N}&&[^…]]+} finds, scanned by hand (the regex
   * spent most of a reply's scoring time on its Unicode classes).
   */
  static List<String> tokens(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int run = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean ownToken = cp >= 0x80 && isHanOrKana(cp);
      if (!ownToken && isLetterOrNumber(cp)) {
        if (run < 0) {
          run = i;
        }
      } else {
        if (run >= 0) {
          out.add(s.substring(run, i));
          run = -1;
        }
        if (ownToken) {
          out.add(s.substring(i, next));
        }
      }
      i = next;
    }
    if (run >= 0) {
      out.add(s.substring(run));
    }
    return out;
  }

  private static boolean isHanOrKana(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (decimal, letter-like,
   * other).
   */
  private static boolean isLetterOrNumber(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The recorded reply, or an exception when there is none: comparing with nothing is not a
   * verdict, so the sample scores 0 and the results say why instead of showing a silent fail.
   */
  static String requireRecorded(Sample sample) {
    if (sample.recordedOutput().isBlank()) {
      throw new IllegalStateException("the recorded call has no reply to compare with");
    }
    return sample.recordedOutput();
  }
}
