package ai.trainloop.provider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The providers a config entry can name, with their default base URL, base-URL variable and key
 * variables.
 */
enum Vendor {
  OPENAI("openai", "https://api.openai.com/v1", "OPENAI_BASE_URL", List.of("OPENAI_API_KEY"), true),
  OPENAI_COMPATIBLE("openai-compatible", null, null, List.of(), false),
  OLLAMA("ollama", "http://localhost:11434/v1", null, List.of(), false),
  OPENROUTER(
      "openrouter", "https://openrouter.ai/api/v1", null, List.of("OPENROUTER_API_KEY"), true),
  GROQ("groq", "https://api.groq.com/openai/v1", null, List.of("GROQ_API_KEY"), true),
  TOGETHER("together", "https://api.together.xyz/v1", null, List.of("TOGETHER_API_KEY"), true),
  AZURE("azure", null, "AZURE_OPENAI_ENDPOINT", List.of("AZURE_OPENAI_API_KEY"), true),
  ANTHROPIC(
      "anthropic",
      "https://api.anthropic.com",
      "ANTHROPIC_BASE_URL",
      List.of("ANTHROPIC_API_KEY"),
      true),
  // The google-genai SDKs read GOOGLE_API_KEY first when both are set.
  GOOGLE(
      "google",
      "https://generativelanguage.googleapis.com",
      null,
      List.of("GOOGLE_API_KEY", "GEMINI_API_KEY"),
      true),
  RECORDED("recorded", null, null, List.of(), false);

  final String configName;
  final String defaultBaseUrl;
  final String baseUrlVariable;
  final List<String> keyVariables;
  final boolean keyRequired;

  Vendor(
      String configName,
      String defaultBaseUrl,
      String baseUrlVariable,
      List<String> keyVariables,
      boolean keyRequired) {
    this.configName = configName;
    this.defaultBaseUrl = defaultBaseUrl;
    this.baseUrlVariable = baseUrlVariable;
    this.keyVariables = keyVariables;
    this.keyRequired = keyRequired;
  }

  /**
   * The vendor a config name stands for ({@code gemini} is {@code google}), or null when there is
   * none.
   */
  static Vendor named(String name) {
    String n = "gemini".equals(name) ? "google" : name;
    return Arrays.stream(values()).filter(v -> v.configName.equals(n)).findFirst().orElse(null);
  }

  static String known() {
    return Arrays.stream(values()).map(v -> v.configName).collect(Collectors.joining(", "));
  }
}
