package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private final ApiKey key = new ApiKey("openai", "OPENAI_API_KEY", "plain-secret-without-a-shape");

  @Test
  void should_replace_the_exact_key() {
    assertThat(key.scrub("bad key plain-secret-without-a-shape given"))
        .isEqualTo("bad key *** given");
  }

  @Test
  void should_replace_anything_shaped_like_a_key() {
    assertThat(
            key.scrub(
                "got sk-proj-abc123DEF456ghi and sk-ant-api03-XYZ_xyz-0123 and "
                    + "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv and Bearer abc.def0123456789 (expired)"))
        .isEqualTo("got *** and *** and *** and Bearer *** (expired)")
        .doesNotContain("sk-", "AIza");
  }

  @Test
  void should_replace_a_masked_openai_key_too() {
    assertThat(key.scrub("Incorrect API key provided: sk-proj-********abcd."))
        .isEqualTo("Incorrect API key provided: ***.");
  }

  @Test
  void should_leave_ordinary_text_and_null_alone() {
    assertThat(key.scrub("The model `gpt-4o` does not exist; a high-risk-assessment task-force"))
        .isEqualTo("The model `gpt-4o` does not exist; a high-risk-assessment task-force");
    assertThat(key.scrub(null)).isNull();
  }

  @Test
  void should_never_show_the_value_in_to_string() {
    assertThat(key.toString()).doesNotContain("plain-secret").contains("OPENAI_API_KEY", "***");
    assertThat(ApiKey.none("ollama").toString()).contains("none");
  }
}
