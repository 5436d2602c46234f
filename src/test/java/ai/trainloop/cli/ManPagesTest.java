package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {
  @TempDir Path dir;

  @Test
  void should_write_one_page_per_command_including_nested_subcommands() throws Exception {
    List<Path> pages = ManPages.write(dir, "9.8.7");

    assertThat(pages)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "trainloop.adoc",
            "trainloop-benchmark.adoc",
            "trainloop-init.adoc",
            "trainloop-cache.adoc",
            "trainloop-cache-clear.adoc",
            "trainloop-generate-completion.adoc");
  }

  @Test
  void should_describe_every_benchmark_option_and_name_the_version() throws Exception {
    ManPages.write(dir, "9.8.7");

    String page = Files.readString(dir.resolve("trainloop-benchmark.adoc"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains(":mansource: trainloop 9.8.7")
        .contains("*--max-cost*=_USD_")
        .contains("*--resume*")
        .contains("Exit codes");
  }
}
