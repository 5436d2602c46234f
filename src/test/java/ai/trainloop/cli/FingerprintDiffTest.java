package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FingerprintDiffTest {
  private static final ObjectMapper DECIMALS =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode json(String text) throws Exception {
    return DECIMALS.readTree(text.replace('\'', '"'));
  }

  @Test
  void should_name_each_change_in_words() throws Exception {
    JsonNode before =
        json(
            "{'providers': [{'id': 'openai/gpt-4o', 'model': 'gpt-4o', 'params': {'temperature': 0.2}},"
                + " {'id': 'openai/old', 'params': {}}],"
                + " 'samples': {'count': 10, 'ids_sha256': 'aa', 'max_samples': 10},"
                + " 'suites': {'qa': ['says_yes']}}");
    JsonNode now =
        json(
            "{'providers': [{'id': 'openai/gpt-4o', 'model': 'gpt-4o', 'params': {'temperature': 0.5}},"
                + " {'id': 'openai/new', 'params': {}}],"
                + " 'samples': {'count': 12, 'ids_sha256': 'bb', 'max_samples': 12},"
                + " 'suites': {'qa': ['says_yes', 'one_word']}}");

    assertThat(FingerprintDiff.changes(before, now))
        .containsExactly(
            "provider openai/gpt-4o: temperature 0.2 → 0.5",
            "provider openai/old: removed",
            "provider openai/new: added",
            "samples.count: 10 → 12",
            "samples.ids changed",
            "samples.max_samples: 10 → 12",
            "suites.qa: [\"says_yes\"] → [\"says_yes\",\"one_word\"]");
  }

  @Test
  void should_find_no_change_when_a_number_reads_back_as_a_decimal() throws Exception {
    JsonNode written =
        new ObjectMapper()
            .readTree(
                "{\"providers\": [{\"id\": \"a\", \"params\": {\"temperature\": 0.7}}], \"seed\": 42}");
    JsonNode readBack =
        json("{'providers': [{'id': 'a', 'params': {'temperature': 0.70}}], 'seed': 42}");

    assertThat(FingerprintDiff.changes(readBack, written)).isEmpty();
  }
}
