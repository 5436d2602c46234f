package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DroppedParamsTest {
  private final List<String> warnings = new ArrayList<>();
  private final DroppedParams dropped = new DroppedParams(warnings::add);

  @Test
  void should_warn_once_per_field_and_model_and_list_the_fields_in_each_models_entry() {
    dropped.add("openai/gpt-4o", List.of("user", "metadata"));
    dropped.add("openai/gpt-4o", List.of("user"));
    dropped.add("anthropic/claude", List.of("user"));
    dropped.add("google/gemini", List.of());
    Map<String, Object> perModel = new LinkedHashMap<>();
    ObjectNode existing = JsonNodeFactory.instance.objectNode().put("composite", 0.5);
    perModel.put("openai/gpt-4o", existing);

    dropped.mergeInto(perModel);

    assertThat(warnings)
        .containsExactly(
            "openai/gpt-4o: the recorded 'user' is not sent (it does not change the task; see"
                + " README, \"Replaying recorded calls\")",
            "openai/gpt-4o: the recorded 'metadata' is not sent (it does not change the task; see"
                + " README, \"Replaying recorded calls\")",
            "anthropic/claude: the recorded 'user' is not sent (it does not change the task; see"
                + " README, \"Replaying recorded calls\")");
    assertThat(existing.toString())
        .isEqualTo("{\"composite\":0.5,\"dropped_params\":[\"metadata\",\"user\"]}");
    assertThat(perModel.get("anthropic/claude").toString())
        .isEqualTo("{\"dropped_params\":[\"user\"]}");
    assertThat(perModel).doesNotContainKey("google/gemini");
  }
}
