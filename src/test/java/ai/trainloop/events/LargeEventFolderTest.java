package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a folder of 200,000 recorded calls in several files, the size of weeks of production
 * traffic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeEventFolderTest {
  private static final int LINES = 200_000;
  private static final int FILES = 4;

  private Path events;
  private final Map<String, Integer> uniquePerTag = new TreeMap<>();
  private long expectedMalformed;
  private long expectedDuplicates;

  @BeforeAll
  void writeFolder(@TempDir Path dir) throws IOException {
    // given 4 files of 50,000 lines: every 20th line repeats the prompt before it, every 10,000th
    // is broken,
    // and the tags have very different sizes: 95,000 / 57,000 / 28,500 / 8,550 / 950 distinct
    // prompts
    events = Files.createDirectories(dir.resolve("events"));
    String previous = null;
    for (int file = 0; file < FILES; file++) {
      Path path = events.resolve((1764300000000L + file * 600_000L) + ".jsonl");
      try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        for (int n = file * LINES / FILES; n < (file + 1) * LINES / FILES; n++) {
          String line;
          if (n % 10_000 == 9_999) {
            line = "{\"tag\": \"broken\", \"input\": [";
            expectedMalformed++;
          } else if (n % 20 == 19) {
            line = previous;
            expectedDuplicates++;
          } else {
            String tag = tagOf(n);
            line = EventFiles.line(tag, "prompt " + n, "reply " + n);
            uniquePerTag.merge(tag, 1, Integer::sum);
          }
          out.write(line);
          out.newLine();
          previous = line;
        }
      }
    }
  }

  @Test
  void should_sample_a_large_folder_with_exact_counts_and_iterate_it_twice() {
    List<String> warnings = new ArrayList<>();

    SelectionCriteria thousand = new SelectionCriteria(Set.of(), null, 1000, 3);

    SampleSet samples = new SampleSelector(warnings::add).select(events, thousand);

    assertThat(samples.linesRead()).isEqualTo(LINES);
    assertThat(samples.malformed()).isEqualTo(expectedMalformed).isEqualTo(20);
    assertThat(samples.duplicates()).isEqualTo(expectedDuplicates).isEqualTo(9_980);
    assertThat(samples.available()).isEqualTo(190_000);
    assertThat(samples.total()).isEqualTo(1000);
    assertThat(samples.perTag())
        .containsExactly(
            Map.entry("t0", 500),
            Map.entry("t1", 300),
            Map.entry("t2", 150),
            Map.entry("t3", 45),
            Map.entry("t4", 5));
    assertThat(warnings)
        .hasSize(20)
        .allMatch(w -> w.contains(".jsonl:") && w.contains("invalid JSON"));

    Map<String, Long> firstPass = perTag(samples.stream());
    Map<String, Long> secondPass = perTag(samples.stream());
    assertThat(firstPass)
        .isEqualTo(secondPass)
        .isEqualTo(
            samples.perTag().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().longValue())));
    assertThat(warnings).hasSize(20);
  }

  @Test
  void should_stream_every_distinct_prompt_of_a_large_folder() {
    SampleSet samples = new SampleSelector(w -> {}).select(events, SelectionCriteria.all());
    AtomicLong count = new AtomicLong();

    samples.forEach(call -> count.incrementAndGet());

    assertThat(count).hasValue(190_000);
    assertThat(samples.perTag()).isEqualTo(uniquePerTag);
  }

  /**
   * Blocks of 20 lines share a tag, so a repeated line keeps its tag; 19 distinct prompts per
   * block.
   */
  private static String tagOf(int n) {
    int bucket = n / 20 % 200;
    return bucket < 100
        ? "t0"
        : bucket < 160 ? "t1" : bucket < 190 ? "t2" : bucket < 199 ? "t3" : "t4";
  }

  private static Map<String, Long> perTag(Stream<RecordedCall> calls) {
    try (calls) {
      return calls.collect(Collectors.groupingBy(RecordedCall::tag, Collectors.counting()));
    }
  }
}
