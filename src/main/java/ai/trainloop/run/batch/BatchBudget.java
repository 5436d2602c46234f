package ai.trainloop.run.batch;

import ai.trainloop.provider.batch.BatchItem;
import java.util.List;

/** Asked before each batch is submitted ({@code --max-cost}): a refusal, or null to go on. */
@FunctionalInterface
public interface BatchBudget {
  BatchBudget NONE = (vendor, model, items) -> null;

  String refusal(String vendor, String model, List<BatchItem> items);
}
