package ai.trainloop.render;

import ai.trainloop.format.ChangeFormats;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JUnit cases of the A/B test, read from report.json's {@code ab[]}: one case "A/B vs
 * &lt;control&gt;" per model tested. {@code deploy} passes; {@code keep_current} is skipped (not a
 * failure: the model is simply not better), unless the model is significantly worse than the
 * control, which fails; a model sharing no sample with the control is skipped.
 */
final class AbCases {
  private AbCases() {}

  static List<JUnitCase> of(JsonNode ab) {
    List<JUnitCase> cases = new ArrayList<>();
    if (ab == null || !ab.isArray()) {
      return cases;
    }
    for (JsonNode r : ab) {
      String model = r.path("model_id").asText();
      String control = r.path("control_id").asText();
      String name = "A/B vs " + control;
      String verdict = r.path("verdict").asText();
      double improvement = number(r.get("improvement"));
      String detail =
          String.format(
              Locale.ROOT,
              "%s: test %s, control %s, improvement %s, CI (Holm) %s, %s (Holm), %d samples",
              verdict,
              ChangeFormats.score(number(r.get("test_score"))),
              ChangeFormats.score(number(r.get("control_score"))),
              ChangeFormats.signedScore(improvement),
              interval(r.get("ci_adjusted")),
              ChangeFormats.pClause(number(r.get("p_adjusted"))),
              r.path("samples").asInt());
      if ("deploy".equals(verdict)) {
        cases.add(JUnitCase.passed(model, name));
      } else if (r.path("significant").asBoolean() && improvement < 0) {
        cases.add(
            new JUnitCase(
                model,
                name,
                JUnitCase.Outcome.FAILED,
                "significantly worse than the control " + control,
                detail));
      } else {
        cases.add(new JUnitCase(model, name, JUnitCase.Outcome.SKIPPED, detail, null));
      }
    }
    return cases;
  }

  private static double number(JsonNode n) {
    return n == null || !n.isNumber() ? Double.NaN : n.asDouble();
  }

  private static String interval(JsonNode n) {
    if (n == null || !n.isArray() || n.size() != 2) {
      return ChangeFormats.NONE;
    }
    return "["
        + ChangeFormats.signedScore(number(n.get(0)))
        + ", "
        + ChangeFormats.signedScore(number(n.get(1)))
        + "]";
  }
}
