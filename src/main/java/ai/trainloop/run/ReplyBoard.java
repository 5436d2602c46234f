package ai.trainloop.run;

import ai.trainloop.eval.Counterpart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Each model's reply to each sample, or why it has none, for replies that are compared with another
 * model's ({@code judge_pairwise}): a reply whose counterparts are not there yet is parked here,
 * holding no thread and no slot, and handed on once the last of them is posted. Every pair of the
 * run posts once (its reply, or its error); a model that is not in the run has none from the start;
 * once the run stops, every counterpart still missing is an error. Nobody waits forever and no
 * scoring thread blocks. Thread-safe.
 */
final class ReplyBoard {
  private final Set<String> models;
  private final Set<String> awaited;
  private final Map<String, Map<String, Counterpart>> posted = new HashMap<>();
  private final List<Parked> parked = new ArrayList<>();
  private String stopped;

  /**
   * @param models the ids of the run's models
   * @param awaited the models some reply is compared with: only their posts are kept
   */
  ReplyBoard(Set<String> models, Set<String> awaited) {
    this.models = Set.copyOf(models);
    this.awaited = Set.copyOf(awaited);
  }

  private record Parked(
      String sampleId, Set<String> needs, Consumer<Map<String, Counterpart>> then) {}

  /**
   * {@code modelId}'s reply to {@code sampleId}, or why it has none; a second post of the pair is
   * ignored.
   */
  void post(String sampleId, String modelId, Counterpart c) {
    if (!awaited.contains(modelId)) {
      return;
    }
    List<Parked> ready = new ArrayList<>();
    synchronized (this) {
      Map<String, Counterpart> bySample = posted.computeIfAbsent(sampleId, k -> new HashMap<>());
      if (bySample.putIfAbsent(modelId, c) != null) {
        return;
      }
      parked.removeIf(
          p -> {
            boolean done = p.sampleId().equals(sampleId) && complete(p) != null;
            if (done) {
              ready.add(p);
            }
            return done;
          });
    }
    ready.forEach(this::handOn);
  }

  /**
   * Calls {@code then} with the counterparts of {@code needs} for {@code sampleId}: at once (on
   * this thread) when all are there, else on the thread that posts the last of them, or that stops
   * the board. {@code then} should only hand the work on.
   */
  void when(String sampleId, Set<String> needs, Consumer<Map<String, Counterpart>> then) {
    Parked p = new Parked(sampleId, needs, then);
    synchronized (this) {
      if (stopped == null && complete(p) == null) {
        parked.add(p);
        return;
      }
    }
    handOn(p);
  }

  /** The run stopped (or ended) for {@code reason}: no reply still missing will come. */
  void stop(String reason) {
    List<Parked> ready;
    synchronized (this) {
      if (stopped != null) {
        return;
      }
      stopped = reason == null ? "the run ended" : reason;
      ready = List.copyOf(parked);
      parked.clear();
    }
    ready.forEach(this::handOn);
  }

  private void handOn(Parked p) {
    Map<String, Counterpart> out = new LinkedHashMap<>();
    synchronized (this) {
      Map<String, Counterpart> bySample = posted.getOrDefault(p.sampleId(), Map.of());
      for (String m : p.needs()) {
        Counterpart c = bySample.get(m);
        out.put(m, c != null ? c : absent(m));
      }
    }
    p.then().accept(out);
  }

  /** The counterparts when each is known, else null. Holds the lock. */
  private Map<String, Counterpart> complete(Parked p) {
    Map<String, Counterpart> bySample = posted.getOrDefault(p.sampleId(), Map.of());
    for (String m : p.needs()) {
      if (!bySample.containsKey(m) && models.contains(m)) {
        return null;
      }
    }
    return bySample;
  }

  /** Why {@code model} has no reply when none was posted. Holds the lock. */
  private Counterpart absent(String model) {
    if (!models.contains(model)) {
      return Counterpart.missing(model, "it is not in this run");
    }
    return Counterpart.missing(model, "the run stopped before it replied (" + stopped + ")");
  }
}
