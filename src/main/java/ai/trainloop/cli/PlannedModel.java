package ai.trainloop.cli;

import ai.trainloop.aggregate.ModelStatuses;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.cost.ModelPrice;
import ai.trainloop.run.ModelTarget;

/**
 * One configured model as the run will treat it: ready to call (with its price, null when unknown),
 * or skipped.
 *
 * @param entry the config entry, with --temperature applied
 * @param target the model to call; null when skipped
 * @param skippedReason why it is not called (its key variable is unset, or its key cannot be sent);
 *     null when it is called
 * @param price its price; null when unknown or when cost tracking is off
 */
record PlannedModel(
    ProviderEntry entry, ModelTarget target, String skippedReason, ModelPrice price) {
  String id() {
    return entry.id();
  }

  boolean runs() {
    return target != null;
  }

  /** How the run treated it, for its status at the end. */
  ModelStatuses.Planned planned() {
    return new ModelStatuses.Planned(
        id(), runs(), skippedReason, price == null ? null : price.base(), entry.isRecorded());
  }
}
