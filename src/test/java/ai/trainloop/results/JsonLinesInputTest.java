package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesInputTest {
  @TempDir Path dir;

  @Test
  void should_skip_and_count_bad_lines_naming_the_line_and_saying_which_is_last()
      throws IOException {
    // given a good row, a blank line, a row whose score is text, another good row and a cut-short
    // last line
    Path file =
        Files.writeString(
            dir.resolve("results.jsonl"),
            """
            {"sample_id": "s1", "model_id": "m", "score": 1.0, "attempts": 1}

            {"sample_id": "s2", "model_id": "m", "score": "high"}
            {"sample_id": "s3", "model_id": "m", "cost_usd": 0.0000825}
            {"sample_id": "s4", "mod""");
    List<String> bad = new ArrayList<>();
    List<ResultRow> rows = new ArrayList<>();

    // when
    long read =
        JsonLinesInput.forEach(
            file,
            ResultsJsonlReader::parse,
            rows::add,
            (number, last, problem) ->
                bad.add(number + (last ? " last" : "") + ": " + problem.getMessage()));
    ResultsJsonlReader.Stats stats = ResultsJsonlReader.forEach(file, row -> {});

    // then
    assertThat(read).isEqualTo(2);
    assertThat(rows).extracting(ResultRow::sampleId).containsExactly("s1", "s3");
    assertThat(rows.get(1).costUsd()).isEqualTo("0.0000825");
    assertThat(rows.get(1).attempts()).isZero();
    assertThat(bad).hasSize(2);
    assertThat(bad.get(0)).startsWith("3: line 3.score: expected a number or null");
    assertThat(bad.get(1)).startsWith("5 last: ");
    assertThat(stats).isEqualTo(new ResultsJsonlReader.Stats(2, 2));
  }
}
