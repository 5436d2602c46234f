package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AzureUrlsTest {

  @ParameterizedTest(name = "{0} + {1} + {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "https://r.openai.azure.com | gpt-4o | null | https://r.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
        "https://r.openai.azure.com/ | gpt-4o | 2025-01-01-preview | https://r.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2025-01-01-preview",
        "https://r.openai.azure.com/openai/deployments/prod-4o | gpt-4o | null | https://r.openai.azure.com/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21",
        "https://r.openai.azure.com/openai/deployments/prod-4o/chat/completions?api-version=2024-06-01 | gpt-4o | null | https://r.openai.azure.com/openai/deployments/prod-4o/chat/completions?api-version=2024-06-01",
        "https://r.openai.azure.com/openai/deployments/prod-4o/?api-version=2024-06-01 | gpt-4o | 2024-10-21 | https://r.openai.azure.com/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21",
        "https://gateway.example.com/azure | gpt-4o | null | https://gateway.example.com/azure/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
      })
  void should_build_the_deployment_chat_url(
      String base, String deployment, String version, String expected) {
    assertThat(AzureUrls.chatCompletions(HttpUrl.get(base), deployment, version).toString())
        .isEqualTo(expected);
  }
}
