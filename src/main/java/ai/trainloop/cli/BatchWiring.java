package ai.trainloop.cli;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchLimits;
import ai.trainloop.run.CallAdmission;
import ai.trainloop.run.ModelTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code --batch} (or {@code benchmark.batch: true}) as planned: which models go through their
 * vendor's batch API (OpenAI and Anthropic, unless the entry says {@code batch: false}), each with
 * its client and priced at the batch rate; the others run synchronously, named in one note.
 */
final class BatchWiring {
  private final Map<String, BatchClient> clients;

  private BatchWiring(Map<String, BatchClient> clients) {
    this.clients = Map.copyOf(clients);
  }

  /** No model batched. */
  static BatchWiring none() {
    return new BatchWiring(Map.of());
  }

  /**
   * The batched models among those that run; {@code note} is told, once, which of them stay
   * synchronous and why.
   */
  static BatchWiring plan(
      boolean on, Providers providers, List<PlannedModel> models, Consumer<String> note) {
    if (!on) {
      return none();
    }
    Map<String, BatchClient> clients = new LinkedHashMap<>();
    List<String> synchronous = new ArrayList<>();
    for (PlannedModel m : models) {
      ProviderEntry e = m.entry();
      if (!m.runs() || e.isRecorded() || Boolean.FALSE.equals(e.batch())) {
        continue;
      }
      BatchClient client =
          providers.batchClient(
              e, e.provider().equals("anthropic") ? BatchLimits.ANTHROPIC : BatchLimits.OPENAI);
      if (client == null) {
        synchronous.add(m.id());
      } else {
        clients.put(m.id(), client);
      }
    }
    if (!synchronous.isEmpty()) {
      note.accept(
          "batch: "
              + String.join(", ", synchronous)
              + (synchronous.size() == 1 ? " runs" : " run")
              + " synchronously, at the listed price (this version uses the batch APIs of"
              + " openai and anthropic only)");
    }
    return new BatchWiring(clients);
  }

  boolean any() {
    return !clients.isEmpty();
  }

  boolean batched(String modelId) {
    return clients.containsKey(modelId);
  }

  BatchClient client(String modelId) {
    return clients.get(modelId);
  }

  /** The planned models, those batched at their batch price. */
  List<PlannedModel> priced(List<PlannedModel> models) {
    return models.stream()
        .map(
            m ->
                batched(m.id()) && m.price() != null
                    ? new PlannedModel(m.entry(), m.target(), m.skippedReason(), m.price().batch())
                    : m)
        .toList();
  }

  /** The targets that send synchronously (those warmed up and pre-opened). */
  List<ModelTarget> synchronous(List<ModelTarget> targets) {
    return targets.stream().filter(t -> !batched(t.id())).toList();
  }

  /**
   * {@code inner}, except that a batched call is always admitted and not settled on its reply: it
   * was paid for when its batch ran (the budget was asked before the batch was submitted); its row
   * settles its actual cost.
   */
  CallAdmission admission(CallAdmission inner) {
    if (!any()) {
      return inner;
    }
    return new CallAdmission() {
      @Override
      public String refuse(ModelTarget model, RecordedCall sample) {
        return batched(model.id()) ? null : inner.refuse(model, sample);
      }

      @Override
      public void replied(
          ModelTarget model, RecordedCall sample, ai.trainloop.provider.Usage usage) {
        if (!batched(model.id())) {
          inner.replied(model, sample, usage);
        }
      }

      @Override
      public boolean limits() {
        return inner.limits();
      }

      @Override
      public Optional<java.math.BigDecimal> costOf(
          ModelTarget model, ai.trainloop.provider.Usage usage) {
        return inner.costOf(model, usage);
      }
    };
  }
}
