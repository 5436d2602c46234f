package ai.trainloop.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Model selection for one run: every model's gate verdicts, the decision matrix when priorities are
 * set, and the recommendation.
 *
 * <p>The recommendation is the highest composite among the called models that pass every gate.
 * Without priorities there is no decision matrix; with a control the recommendation is the best
 * {@code deploy} model of the A/B test, else the control; without one it is the cheapest of the
 * passing models tied on quality with the highest Avg score (ties by id). A model whose composite
 * cannot be computed (a weighted figure is unknown) is not recommended; the reason says why. The
 * recorded row is a reference, never a recommendation; it has a matrix row only when neither cost
 * nor speed is weighted ({@link #notes} says so when it is left out).
 *
 * @param thresholds the gates
 * @param priorities the weights; null when none are set (no decision matrix)
 * @param verdicts one per model, in input order
 * @param recommendation the model to choose, or why there is none
 * @param notes sentences to print under the matrix (e.g. the recorded row left out)
 * @param control the control's id; null without one
 * @param ab every other model tested against the control, in input order; empty without one
 */
public record Selection(
    Thresholds thresholds,
    Priorities priorities,
    List<ModelVerdict> verdicts,
    Recommendation recommendation,
    List<String> notes,
    String control,
    List<AbResult> ab) {

  public Selection {
    Objects.requireNonNull(thresholds, "thresholds");
    verdicts = List.copyOf(verdicts);
    Objects.requireNonNull(recommendation, "recommendation");
    notes = List.copyOf(notes);
    ab = List.copyOf(ab);
  }

  /** A selection without a control. */
  public Selection(
      Thresholds thresholds,
      Priorities priorities,
      List<ModelVerdict> verdicts,
      Recommendation recommendation,
      List<String> notes) {
    this(thresholds, priorities, verdicts, recommendation, notes, null, List.of());
  }

  /**
   * Checks the gates, computes the decision matrix and recommends a model.
   *
   * @param models the run's models, in config order
   * @param thresholds the gates (use {@link Thresholds#none()} for none)
   * @param priorities the weights, or null when none are set
   */
  public static Selection evaluate(
      List<ModelFigures> models, Thresholds thresholds, Priorities priorities) {
    return evaluate(models, models, null, thresholds, priorities);
  }

  /**
   * As {@link #evaluate(List, Thresholds, Priorities)}, with the decision matrix's quality inputs
   * taken from {@code matrixModels}: the same models with their Avg and metric scores over the
   * samples every one of them answered, so that no model is ranked on easier prompts than another.
   *
   * @param commonNote the sentence saying how many samples those are, printed under the matrix;
   *     null for none
   */
  public static Selection evaluate(
      List<ModelFigures> models,
      List<ModelFigures> matrixModels,
      String commonNote,
      Thresholds thresholds,
      Priorities priorities) {
    return evaluate(models, matrixModels, commonNote, thresholds, priorities, Evidence.none());
  }

  /**
   * As {@link #evaluate(List, List, String, Thresholds, Priorities)}, weighing {@code evidence}:
   * ties on quality are resolved by cost, and with a control every other model is A/B-tested
   * against it.
   */
  public static Selection evaluate(
      List<ModelFigures> models,
      List<ModelFigures> matrixModels,
      String commonNote,
      Thresholds thresholds,
      Priorities priorities,
      Evidence evidence) {
    Map<String, DecisionMatrix.Row> rows =
        priorities == null ? Map.of() : DecisionMatrix.compute(matrixModels, priorities);
    List<ModelVerdict> verdicts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (priorities != null && commonNote != null) {
      notes.add(commonNote);
    }
    for (ModelFigures m : models) {
      GateCheck gates = thresholds.check(m);
      DecisionMatrix.Row row = rows.get(m.id());
      if (row == null) {
        verdicts.add(
            new ModelVerdict(
                m.id(), m.candidate(), m.avgScore(), gates, false, Map.of(), null, null));
        if (priorities != null && m.recorded()) {
          notes.add(
              m.id()
                  + " is not in the decision matrix: its replies were recorded, not called, so it has no "
                  + "cost or speed to weigh.");
        }
      } else {
        verdicts.add(
            new ModelVerdict(
                m.id(),
                m.candidate(),
                m.avgScore(),
                gates,
                true,
                row.normalized(),
                row.composite(),
                row.unranked()));
      }
    }
    boolean errorGateFailed =
        verdicts.stream()
            .anyMatch(v -> Boolean.FALSE.equals(v.gates().gates().get(Thresholds.ERROR_RATE)));
    Recommender.Field field =
        thresholds.anySet() || errorGateFailed
            ? Recommender.Field.GATED
            : Recommender.Field.ALL_BENCHMARKED;
    List<AbResult> ab =
        evidence.control() == null
            ? List.of()
            : new AbTest(evidence.alpha(), evidence.test())
                .run(
                    evidence.answers(),
                    evidence.control(),
                    models.stream().map(ModelFigures::id).toList());
    Recommendation recommendation =
        priorities != null
            ? Recommender.byComposite(verdicts, field, evidence)
            : Recommender.byAvg(verdicts, field, evidence, ab);
    return new Selection(
        thresholds, priorities, verdicts, recommendation, notes, evidence.control(), ab);
  }

  /** Whether there is a decision matrix (priorities are set). */
  public boolean hasMatrix() {
    return priorities != null;
  }

  /** The matrix's rows: by composite, highest first, then those without one; ties by id. */
  public List<ModelVerdict> ranked() {
    return verdicts.stream()
        .filter(ModelVerdict::inMatrix)
        .sorted(
            Comparator.comparing(
                    ModelVerdict::composite, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ModelVerdict::modelId))
        .toList();
  }

  /** The verdict on one model. */
  public Optional<ModelVerdict> verdict(String modelId) {
    return verdicts.stream().filter(v -> v.modelId().equals(modelId)).findFirst();
  }

  /** Whether a called model misses a gate ({@code --fail-on-gate} exits 1 then). */
  public boolean anyModelMissesGate() {
    return verdicts.stream().anyMatch(v -> v.candidate() && v.missesGate());
  }
}
