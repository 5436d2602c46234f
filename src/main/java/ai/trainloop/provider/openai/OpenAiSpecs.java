package ai.trainloop.provider.openai;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ProviderSpec;
import ai.trainloop.provider.ProviderSpec.AdapterFactory;

/**
 * The vendors that speak OpenAI's chat completions: OpenAI itself, any compatible server, the
 * routers and hosts with an OpenAI-compatible endpoint, and Azure OpenAI deployments.
 */
public final class OpenAiSpecs {
  private static final String COMPATIBLE_HINT =
      "the server's OpenAI-compatible API root, e.g. http://localhost:8000/v1";

  public static final ProviderSpec OPENAI =
      ProviderSpec.calling("openai", standard("openai"))
          .baseUrl("https://api.openai.com/v1", "OPENAI_BASE_URL")
          .keys("OPENAI_API_KEY")
          .priceTableKey("openai")
          .build();

  public static final ProviderSpec COMPATIBLE =
      ProviderSpec.calling("openai-compatible", standard("openai-compatible"))
          .baseUrlRequired(null, COMPATIBLE_HINT)
          .build();

  public static final ProviderSpec OLLAMA =
      ProviderSpec.calling("ollama", standard("ollama"))
          .baseUrl("http://localhost:11434/v1", null)
          .build();

  public static final ProviderSpec OPENROUTER =
      ProviderSpec.calling("openrouter", standard("openrouter"))
          .baseUrl("https://openrouter.ai/api/v1", null)
          .keys("OPENROUTER_API_KEY")
          .build();

  public static final ProviderSpec GROQ =
      ProviderSpec.calling("groq", standard("groq"))
          .baseUrl("https://api.groq.com/openai/v1", null)
          .keys("GROQ_API_KEY")
          .build();

  public static final ProviderSpec TOGETHER =
      ProviderSpec.calling("together", standard("together"))
          .baseUrl("https://api.together.xyz/v1", null)
          .keys("TOGETHER_API_KEY")
          .build();

  /** The entry's model is the deployment; api_version, else {@code OPENAI_API_VERSION}. */
  public static final ProviderSpec AZURE =
      ProviderSpec.calling(
              "azure",
              (entry, w) -> {
                warnReasoning(entry, w);
                String version =
                    entry.apiVersion() != null
                        ? entry.apiVersion()
                        : w.variable("OPENAI_API_VERSION");
                return OpenAiChatProvider.azure(w.baseUrl(), entry.model(), version, w.setup());
              })
          .baseUrlRequired(
              "AZURE_OPENAI_ENDPOINT",
              "the resource URL, e.g. https://my-resource.openai.azure.com (or set"
                  + " AZURE_OPENAI_ENDPOINT)")
          .keys("AZURE_OPENAI_API_KEY")
          .build();

  private OpenAiSpecs() {}

  private static AdapterFactory standard(String name) {
    return (entry, w) -> {
      warnReasoning(entry, w);
      return OpenAiChatProvider.standard(name, w.baseUrl(), w.setup());
    };
  }

  private static void warnReasoning(ProviderEntry entry, ProviderSpec.Wiring w) {
    if (entry.temperature() != null && ReasoningModels.matches(entry.model())) {
      w.warnings()
          .accept(
              entry.id()
                  + ": temperature "
                  + entry.temperature()
                  + " is not sent; reasoning models accept "
                  + "only their default (max_tokens is sent as max_completion_tokens)");
    }
  }
}
