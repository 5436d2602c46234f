package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trainloop.judge}: TrainLoop's keys and defaults, judge models written like providers. */
class JudgeConfigTest {
  @TempDir Path dir;

  @Test
  void should_default_to_trainloops_judge_when_the_section_is_absent() {
    JudgeConfig judge = load(dir, "trainloop:\n  data_folder: data\n").judge();

    assertThat(judge.declared()).isFalse();
    assertThat(judge.models()).extracting(ProviderEntry::id).containsExactly("openai/gpt-4o");
    assertThat(judge.models().get(0).temperature()).isEqualTo(0.7);
    assertThat(judge.callsPerModelPerClaim()).isEqualTo(3);
    assertThat(judge.template()).contains("{claim}").contains("<result>");
  }

  @Test
  void should_read_judge_models_in_every_provider_shape_with_their_keys() {
    JudgeConfig judge =
        load(
                dir,
                """
        trainloop:
          judge:
            models:
              - openai/gpt-4o-mini
              - provider: openai-compatible
                model: judge-7b
                base_url: http://127.0.0.1:9/v1
                api_key_env: LOCAL_JUDGE_KEY
                label: local-judge
                temperature: 0.2
                pricing: {input_per_million: 0.5, output_per_million: 1.5}
            calls_per_model_per_claim: 5
            temperature: 0.4
            env_path: ../.env.judge
            template: "Judge this: {claim} -- answer in <result></result>"
        """)
            .judge();

    assertThat(judge.declared()).isTrue();
    assertThat(judge.models())
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o-mini", "local-judge");
    assertThat(judge.models().get(0).temperature()).isEqualTo(0.4);
    assertThat(judge.models().get(1).temperature()).isEqualTo(0.2);
    assertThat(judge.models().get(1).baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
    assertThat(judge.models().get(1).apiKeyEnv()).isEqualTo("LOCAL_JUDGE_KEY");
    assertThat(judge.models().get(1).pricing().inputPerMillion())
        .isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(judge.callsPerModelPerClaim()).isEqualTo(5);
    assertThat(judge.envPath())
        .isEqualTo(dir.toAbsolutePath().resolve("../.env.judge").normalize());
    assertThat(judge.prompt("it is polite"))
        .isEqualTo("Judge this: it is polite -- answer in <result></result>");
  }

  @Test
  void should_take_a_single_model_string_as_trainloop_does() {
    JudgeConfig judge =
        load(dir, "trainloop:\n  judge:\n    models: anthropic/claude-3-haiku-20240307\n").judge();

    assertThat(judge.models())
        .extracting(ProviderEntry::id)
        .containsExactly("anthropic/claude-3-haiku-20240307");
  }

  @Test
  void should_refuse_a_template_without_the_claim_placeholder_at_its_line() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          judge:
            models: [openai/gpt-4o]
            template: "Is this right? Answer in <result>."
        """);

    assertThat(e.location().line()).isEqualTo(4);
    assertThat(e.keyPath()).isEqualTo("trainloop.judge.template");
    assertThat(e.detail()).contains("must contain {claim}");
  }

  @Test
  void should_name_the_judge_entry_and_key_of_a_misspelt_key() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          judge:
            models:
              - provider: openai
                modle: gpt-4o
        """);

    assertThat(e.location().line()).isEqualTo(5);
    assertThat(e.keyPath()).isEqualTo("trainloop.judge.models[0].modle");
    assertThat(e.detail()).contains("did you mean 'model'?");
  }

  @Test
  void should_refuse_the_recorded_provider_as_a_judge() {
    ConfigException e = loadError(dir, "trainloop:\n  judge:\n    models: [recorded]\n");

    assertThat(e.keyPath()).isEqualTo("trainloop.judge.models");
    assertThat(e.detail()).contains("cannot judge");
  }

  @Test
  void should_refuse_zero_calls_per_claim_and_an_unknown_judge_key() {
    assertThat(loadError(dir, "trainloop:\n  judge:\n    calls_per_model_per_claim: 0\n").detail())
        .isEqualTo("must be at least 1, got 0");
    ConfigException typo = loadError(dir, "trainloop:\n  judge:\n    temprature: 0.2\n");
    assertThat(typo.keyPath()).isEqualTo("trainloop.judge.temprature");
    assertThat(typo.detail()).contains("did you mean 'temperature'?");
  }

  @Test
  void should_refuse_an_unknown_judge_provider_with_a_suggestion() {
    ConfigException e = loadError(dir, "trainloop:\n  judge:\n    models: [opnai/gpt-4o]\n");

    assertThat(e.keyPath()).isEqualTo("trainloop.judge.models[0]");
    assertThat(e.detail()).contains("unknown provider 'opnai'").contains("openai");
  }
}
