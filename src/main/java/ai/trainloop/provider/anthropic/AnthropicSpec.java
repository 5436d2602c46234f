package ai.trainloop.provider.anthropic;

import ai.trainloop.provider.ProviderSpec;

/** {@code provider: anthropic}: the Messages API, with temperatures from 0 to 1. */
public final class AnthropicSpec {
  public static final ProviderSpec SPEC =
      ProviderSpec.calling(
              "anthropic", (entry, w) -> new AnthropicChatProvider(w.baseUrl(), w.setup()))
          .baseUrl("https://api.anthropic.com", "ANTHROPIC_BASE_URL")
          .keys("ANTHROPIC_API_KEY")
          .priceTableKey("anthropic")
          .maxTemperature("1")
          .build();

  private AnthropicSpec() {}
}
