package ai.trainloop.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code trainloop.judge}, with TrainLoop's defaults: {@code models} (default {@value
 * JudgeConfig#DEFAULT_MODEL}), {@code calls_per_model_per_claim} (3), {@code temperature} (0.7),
 * {@code env_path} and {@code template} (which must contain {@code {claim}}).
 */
final class JudgeParser {
  /** More calls per claim than this is a typo, not a plan: each one is paid for. */
  private static final int MAX_CALLS_PER_CLAIM = 100;

  private JudgeParser() {}

  static JudgeConfig parse(YamlMap j, Path baseDir, ProviderCatalog providers) {
    if (j == null) {
      return JudgeConfig.defaults();
    }
    Double t = j.number("temperature", Bounds.TEMPERATURE);
    double temperature = t == null ? JudgeConfig.DEFAULT_TEMPERATURE : t;
    Integer k = j.integer("calls_per_model_per_claim", Bounds.AT_LEAST_ONE);
    if (k != null && k > MAX_CALLS_PER_CLAIM) {
      throw j.error(
          "calls_per_model_per_claim",
          "must be at most " + MAX_CALLS_PER_CLAIM + " (each call is paid for), got " + k);
    }
    String template = j.has("template") ? template(j) : JudgeConfig.DEFAULT_TEMPLATE;
    String envPath = j.text("env_path");
    return new JudgeConfig(
        models(j, providers, temperature),
        k == null ? JudgeConfig.DEFAULT_CALLS_PER_CLAIM : k,
        temperature,
        envPath == null ? null : baseDir.resolve(envPath).normalize(),
        template,
        true);
  }

  private static List<ProviderEntry> models(
      YamlMap j, ProviderCatalog providers, double temperature) {
    if (!j.has("models")) {
      return JudgeConfig.defaults().models().stream()
          .map(e -> e.withTemperature(temperature))
          .toList();
    }
    List<ProviderEntry> entries = new ProviderEntryParser(j.file(), providers).parse(j, "models");
    if (entries.isEmpty()) {
      throw j.error("models", "needs at least one judge model, like [openai/gpt-4o]");
    }
    List<ProviderEntry> out = new ArrayList<>();
    for (ProviderEntry e : entries) {
      if (e.isRecorded()) {
        throw new ConfigException(
            e.location(),
            j.path("models"),
            "the recorded provider replays recorded replies and cannot judge; name a model");
      }
      if (e.temperature() == null) {
        providers.check(e.withTemperature(temperature), j.path("models"));
        out.add(e.withTemperature(temperature));
      } else {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private static String template(YamlMap j) {
    String template = j.text("template");
    if (!template.contains(JudgeConfig.CLAIM)) {
      throw j.error(
          "template", "must contain {claim}, where each claim goes into the judge's prompt");
    }
    return template;
  }
}
