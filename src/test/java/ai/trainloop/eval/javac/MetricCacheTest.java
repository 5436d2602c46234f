package ai.trainloop.eval.javac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricCacheTest {
  @TempDir Path dir;

  @Test
  void should_key_by_source_content_and_classpath() throws Exception {
    Path src = dir.resolve("src");
    Path metric = MetricSources.write(src, "IsShort.java", "class IsShort {}");
    Path jar = Files.writeString(dir.resolve("lib.jar"), "v1");
    String key = MetricCache.key(src, List.of(metric), List.of(jar));

    assertThat(MetricCache.key(src, List.of(metric), List.of(jar)))
        .as("same inputs")
        .isEqualTo(key)
        .hasSize(64);
    assertThat(MetricCache.key(src, List.of(metric), List.of()))
        .as("classpath changed")
        .isNotEqualTo(key);
    Files.writeString(jar, "v22");
    assertThat(MetricCache.key(src, List.of(metric), List.of(jar)))
        .as("jar rewritten")
        .isNotEqualTo(key);
    String withNewJar = MetricCache.key(src, List.of(metric), List.of(jar));
    Files.writeString(metric, "class IsShort { }");
    assertThat(MetricCache.key(src, List.of(metric), List.of(jar)))
        .as("source edited")
        .isNotEqualTo(withNewJar);
  }

  @Test
  void should_publish_an_entry_and_find_it_again() throws Exception {
    MetricCache cache = new MetricCache(dir);
    String key = "a".repeat(64);
    assertThat(cache.lookup(key)).isEmpty();

    Path scratch = cache.scratch(key);
    Files.writeString(scratch.resolve("IsShort.class"), "bytes");
    Path entry = cache.publish(key, scratch);

    assertThat(cache.lookup(key)).contains(entry);
    assertThat(entry.resolve("IsShort.class")).hasContent("bytes");
    assertThat(scratch).doesNotExist();
  }

  @Test
  void should_use_the_entry_of_a_run_that_published_first() throws Exception {
    MetricCache cache = new MetricCache(dir);
    String key = "b".repeat(64);
    Path first = cache.scratch(key);
    Path second = cache.scratch(key);
    Files.writeString(first.resolve("X.class"), "first");
    Files.writeString(second.resolve("X.class"), "second");

    cache.publish(key, first);
    Path entry = cache.publish(key, second);

    assertThat(entry.resolve("X.class")).hasContent("first");
    assertThat(second).doesNotExist();
  }

  @Test
  void should_keep_only_the_most_recently_used_entries() throws Exception {
    MetricCache cache = new MetricCache(dir);
    for (int i = 0;
        i < MetricCache.KEEP + 2;
        i++) { // entries of earlier runs, the later the more recent
      Path entry = Files.createDirectories(dir.resolve(Integer.toHexString(i).repeat(64)));
      Files.writeString(entry.resolve(".complete"), "");
      Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    var unused =
        cache.lookup("0".repeat(64)).orElseThrow(); // the oldest entry, used again just now

    cache.publish("f".repeat(64), cache.scratch("f"));

    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString().substring(0, 1)).sorted().toList())
          .containsExactly("0", "4", "5", "6", "f");
    }
  }
}
