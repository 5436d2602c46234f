package ai.trainloop.results;

/**
 * report.json's top-level {@code recommendation}: the model to choose, or the sentence saying why
 * there is none.
 *
 * @param modelId the recommended model; null when none can be recommended
 * @param composite its composite score; null without priorities (then it was chosen by Avg score)
 *     or without a model
 * @param reason why it was chosen, or the sentence saying why no model was
 */
public record RecommendedModel(String modelId, Double composite, String reason) {}
