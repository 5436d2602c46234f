package ai.trainloop.render;

import ai.trainloop.compare.ChangeRow;
import ai.trainloop.compare.ChangeRows;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ModelComparison;
import ai.trainloop.format.ChangeFormats;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SavedRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the JUnit test cases of a run: per model, "Avg" and one case per metric (failing when the
 * comparison with the baseline regressed them), cost and latency cases when compared, one case per
 * gate that was set (failing when missed), one "A/B vs &lt;control&gt;" case per model tested
 * against a control ({@link AbCases}), and a "coverage" case failing for each baseline model
 * without results now.
 */
public final class JUnitCases {
  private JUnitCases() {}

  /** The cases of {@code run}; {@code comparison} may be null when there was no baseline. */
  public static List<JUnitCase> of(SavedRun run, Comparison comparison) {
    List<JUnitCase> cases = new ArrayList<>();
    for (ModelSummary model : run.models()) {
      for (String name : caseNames(run, model, comparison)) {
        cases.add(qualityCase(model, name, comparison));
      }
      if (model.shown() && model.selection() != null) {
        model
            .selection()
            .gatesSet()
            .forEach(
                (gate, passed) ->
                    cases.add(
                        passed
                            ? JUnitCase.passed(model.id(), "gate: " + gate)
                            : new JUnitCase(
                                model.id(),
                                "gate: " + gate,
                                JUnitCase.Outcome.FAILED,
                                "missed gate " + gate,
                                model.id()
                                    + " did not meet "
                                    + gate
                                    + " (see report.json models[].gates)")));
      }
    }
    cases.addAll(AbCases.of(run.summary().ab()));
    if (comparison != null) {
      for (ModelComparison lost : comparison.models()) {
        if (lost.coverageLost()) {
          cases.add(
              new JUnitCase(
                  lost.modelId(),
                  "coverage",
                  JUnitCase.Outcome.FAILED,
                  "coverage lost: in the baseline, no results now",
                  lost.coverageReason()));
        }
      }
    }
    return cases;
  }

  private static List<String> caseNames(SavedRun run, ModelSummary model, Comparison comparison) {
    Set<String> names = new LinkedHashSet<>();
    names.add(ChangeRows.AVG);
    names.addAll(model.metrics().keySet());
    run.resultsOf(model.id()).stream()
        .map(ResultRow::metrics)
        .forEach(m -> names.addAll(m.keySet()));
    if (comparison != null) {
      comparison.rows().stream()
          .filter(r -> r.modelId().equals(model.id()))
          .forEach(r -> names.add(r.name()));
    }
    return List.copyOf(names);
  }

  private static JUnitCase qualityCase(ModelSummary model, String name, Comparison comparison) {
    if (!model.shown()) {
      return new JUnitCase(
          model.id(), name, JUnitCase.Outcome.SKIPPED, "model skipped: " + reason(model), null);
    }
    if (model.status() == ModelState.FAILED) {
      return new JUnitCase(
          model.id(), name, JUnitCase.Outcome.ERROR, "model failed: " + reason(model), null);
    }
    Optional<ChangeRow> row =
        comparison == null
            ? Optional.empty()
            : comparison.rows().stream()
                .filter(r -> r.modelId().equals(model.id()) && r.name().equals(name))
                .findFirst();
    if (row.isPresent() && row.get().failsRun()) {
      ChangeRow r = row.get();
      String message =
          String.format(
              Locale.ROOT, "%s regressed against baseline %s", name, comparison.baselineRunId());
      return new JUnitCase(model.id(), name, JUnitCase.Outcome.FAILED, message, detail(r));
    }
    return JUnitCase.passed(model.id(), name);
  }

  private static String detail(ChangeRow r) {
    boolean quality = r.kind().quality();
    return String.format(
        Locale.ROOT,
        "baseline %s, current %s, delta %s, 95%% CI %s, %s (Holm-adjusted, %s), " + "%d samples",
        quality ? ChangeFormats.score(r.baseline()) : ChangeFormats.plain(r.baseline()),
        quality ? ChangeFormats.score(r.current()) : ChangeFormats.plain(r.current()),
        quality ? ChangeFormats.signedScore(r.delta()) : ChangeFormats.percent(r.delta()),
        ChangeFormats.interval(
            r.ci95(), quality ? ChangeFormats::signedScore : ChangeFormats::percent),
        ChangeFormats.pClause(r.pAdjusted()),
        r.method(),
        r.n());
  }

  private static String reason(ModelSummary model) {
    return model.statusReason() == null ? model.status().json() : model.statusReason();
  }
}
