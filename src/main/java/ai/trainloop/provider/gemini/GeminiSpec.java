package ai.trainloop.provider.gemini;

import ai.trainloop.provider.ProviderSpec;

/** {@code provider: google} (alias {@code gemini}): the Gemini API's generateContent. */
public final class GeminiSpec {
  public static final ProviderSpec SPEC =
      ProviderSpec.calling("google", (entry, w) -> new GeminiChatProvider(w.baseUrl(), w.setup()))
          .aliases("gemini")
          .baseUrl("https://generativelanguage.googleapis.com", null)
          // the google-genai SDKs read GOOGLE_API_KEY first when both are set
          .keys("GOOGLE_API_KEY", "GEMINI_API_KEY")
          .priceTableKey("google")
          .build();

  private GeminiSpec() {}
}
