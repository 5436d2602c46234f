package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJournalTest {
  @TempDir Path dir;

  private Path journal(ResultRow... rows) throws IOException {
    Path file = dir.resolve("results.jsonl");
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(file)) {
      for (ResultRow r : rows) {
        w.write(r);
      }
    }
    return file;
  }

  private static ResultRow ok(String sample) {
    return TestRows.ok(sample, "openai/gpt-4o", 1.0, 10, 5, 5, "0.001");
  }

  @Test
  void should_ignore_a_last_line_cut_mid_write_and_cut_it_off_the_file() throws IOException {
    Path file = journal(ok("s1"), ok("s2"));
    String whole = Files.readString(file);
    String torn = "{\"sample_id\": \"s3\", \"ta";
    Files.writeString(file, whole + torn, StandardCharsets.UTF_8);

    ResultsJournal.Read read = ResultsJournal.read(file);

    assertThat(read.rows()).extracting(ResultRow::sampleId).containsExactly("s1", "s2");
    assertThat(read.rows().get(0).response()).isNull();
    assertThat(read.cutBytes()).isEqualTo(torn.length());
    assertThat(Files.readString(file)).isEqualTo(whole); // the next row starts on its own line
  }

  @Test
  void should_cut_a_complete_last_line_that_is_not_json_and_keep_one_without_newline()
      throws IOException {
    Path file = journal(ok("s1"));
    String whole = Files.readString(file);
    Files.writeString(file, whole + "{\"sample_id\": \n\n");
    assertThat(ResultsJournal.read(file).rows()).hasSize(1);
    assertThat(Files.readString(file)).isEqualTo(whole);

    // a whole row whose line end never reached the disk is torn too: it is sent again
    Files.writeString(file, whole + whole.strip());
    assertThat(ResultsJournal.read(file).rows()).hasSize(1);
    assertThat(Files.readString(file)).isEqualTo(whole);
  }

  @Test
  void should_refuse_a_corrupt_line_before_the_last_naming_file_and_line() throws IOException {
    Path file = journal(ok("s1"), ok("s2"));
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), "not json", lines.get(1)));
    long size = Files.size(file);

    assertThatThrownBy(() -> ResultsJournal.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining(file + ":2")
        .hasMessageContaining("not valid JSON");
    assertThat(Files.size(file)).isEqualTo(size);
  }

  @Test
  void should_refuse_a_json_line_that_is_not_a_result() throws IOException {
    Path file = journal(ok("s1"), ok("s2"));
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of("{\"score\": \"high\"}", lines.get(0), lines.get(1)));

    assertThatThrownBy(() -> ResultsJournal.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining(file + ":1");
  }

  @Test
  void should_read_a_missing_journal_as_empty() throws IOException {
    assertThat(ResultsJournal.read(dir.resolve("results.jsonl")).rows()).isEmpty();
  }

  @Test
  void should_keep_only_the_accepted_rows_byte_for_byte_and_leave_no_temporary_file()
      throws IOException {
    Path file = journal(ok("s1"), TestRows.failed("s2", "openai/gpt-4o", 3, 100), ok("s3"));
    List<String> lines = Files.readAllLines(file);

    long removed = ResultsJournal.keepOnly(file, ResultRow::ok);

    assertThat(removed).isEqualTo(1);
    assertThat(Files.readAllLines(file)).containsExactly(lines.get(0), lines.get(2));
    assertThat(Files.readString(file)).contains("Hello s1"); // responses are kept
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }
}
