package ai.trainloop.decide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One model's verdict on the threshold gates that are set.
 *
 * @param gates gate name ({@code performance_threshold}, {@code cost_threshold}, {@code
 *     max_response_time}) to whether it passed, only for the gates set, in that order
 * @param failures one plain sentence per failed gate, without a mark (e.g. {@code avg 0.71 <
 *     0.75}); tables add {@code ✗} or {@code [x]} through {@link #marked}
 */
public record GateCheck(Map<String, Boolean> gates, List<String> failures) {

  /** The mark for a failed gate in UTF-8 tables. */
  public static final String MARK = "✗";

  /** The mark for a failed gate with {@code --ascii}. */
  public static final String ASCII_MARK = "[x]";

  public GateCheck {
    gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
    failures = List.copyOf(failures);
  }

  /** Whether every gate set passed (true when none is set). */
  public boolean passedAll() {
    return !gates.containsValue(false);
  }

  /**
   * The failures with their marks, joined: {@code ✗ avg 0.71 < 0.75; ✗ p95 3.42 s > 3.0 s}; "" when
   * none.
   *
   * @param mark {@link #MARK} or {@link #ASCII_MARK}
   */
  public String marked(String mark) {
    return String.join("; ", failures.stream().map(f -> mark + " " + f).toList());
  }

  /** The failures joined without marks, for sentences and JSON. */
  public String plain() {
    return String.join("; ", failures);
  }
}
