package ai.trainloop.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code trainloop.judge}: the models that judge replies for judge metrics, as TrainLoop's {@code
 * assert_true} reads them, with TrainLoop's defaults.
 *
 * @param models the judge models, written like {@code benchmark.providers} entries (any shape,
 *     {@code base_url}, {@code api_key_env}, {@code pricing}, {@code label}); each without its own
 *     {@code temperature} gets {@link #temperature}
 * @param callsPerModelPerClaim how many times each judge model is asked about each claim (k)
 * @param temperature the judges' temperature
 * @param envPath a {@code .env} file read for the judges' keys (relative to the config folder);
 *     null for none
 * @param template the prompt around each claim; contains {@code {claim}}
 * @param declared whether the config has a {@code trainloop.judge} section (false: all defaults)
 */
public record JudgeConfig(
    List<ProviderEntry> models,
    int callsPerModelPerClaim,
    double temperature,
    Path envPath,
    String template,
    boolean declared) {

  /** TrainLoop's default judge. */
  public static final String DEFAULT_MODEL = "openai/gpt-4o";

  public static final int DEFAULT_CALLS_PER_CLAIM = 3;

  public static final double DEFAULT_TEMPERATURE = 0.7;

  /** What {@link #template} must contain: where the claim goes. */
  public static final String CLAIM = "{claim}";

  /**
   * TrainLoop's template, in substance: think step by step, then answer in {@code <reasoning>} and
   * {@code <result>}.
   */
  public static final String DEFAULT_TEMPLATE =
      """
      You are a strict evaluator.

      Think step by step about the claim below and write down your reasoning.
      Then give a clear verdict on the claim: true or false.

      <claim>
      {claim}
      </claim>

      Answer in exactly this format:
      <reasoning>
      [your step-by-step analysis of the claim]
      </reasoning>
      <result>
      [true or false]
      </result>
      """;

  public JudgeConfig {
    models = List.copyOf(models);
    Objects.requireNonNull(template, "template");
    if (callsPerModelPerClaim < 1) {
      throw new IllegalArgumentException("callsPerModelPerClaim must be at least 1");
    }
  }

  /** The defaults: one call of {@value #DEFAULT_MODEL} per claim, three times. */
  public static JudgeConfig defaults() {
    return new JudgeConfig(
        List.of(ProviderEntry.of("openai", "gpt-4o").withTemperature(DEFAULT_TEMPERATURE)),
        DEFAULT_CALLS_PER_CLAIM,
        DEFAULT_TEMPERATURE,
        null,
        DEFAULT_TEMPLATE,
        false);
  }

  /** The prompt for one claim: the template with {@code {claim}} replaced, once, by the claim. */
  public String prompt(String claim) {
    int at = template.indexOf(CLAIM);
    return template.substring(0, at) + claim + template.substring(at + CLAIM.length());
  }
}
