package ai.trainloop.provider.batch;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.http.ApiKey;
import ai.trainloop.provider.http.HttpLimits;
import ai.trainloop.provider.http.HttpSetup;
import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;

/** The set-up the batch client tests share: a client that follows no redirects, a test key. */
final class BatchTestSetup {
  static final String OPENAI_KEY = "sk-test-batch-0123456789";
  static final String ANTHROPIC_KEY = "sk-ant-test-batch-0123456789";

  private BatchTestSetup() {}

  static HttpSetup setup(String provider, String variable, String key) {
    OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
    return new HttpSetup(
        client,
        HttpSetup.newMapper(),
        Clock.systemUTC(),
        new ApiKey(provider, variable, key),
        HttpLimits.DEFAULT_MAX_REPLY_BYTES);
  }

  static BatchItem item(int sample, String model) {
    return new BatchItem(
        CustomIds.of(sample, 0),
        new ChatRequest(
            model, List.of(new ChatMessage("user", "question " + sample)), 0.0, 50, null));
  }
}
