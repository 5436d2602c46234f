package ai.trainloop;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.cli.ExitCodes;
import ai.trainloop.config.ArchViolationFixture;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/architecture.md, written once: top-level packages in the order data
 * flows through them, each depending only on those before it ({@code cli}, which wires them, on
 * any), and no cycles.
 */
class ArchitectureTest {
  /** The flow, first to last. */
  static final List<String> LAYERS =
      List.of(
          "chat",
          "config",
          "events",
          "eval",
          "provider",
          "run",
          "cost",
          "stats",
          "format",
          "results",
          "aggregate",
          "decide",
          "compare",
          "render",
          "studio",
          "cli");

  private static JavaClasses main;

  @BeforeAll
  static void importMain() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.trainloop");
  }

  static LayeredArchitecture layering() {
    LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      arch = arch.layer(layer).definedBy("ai.trainloop." + layer + "..");
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      arch =
          arch.whereLayer(LAYERS.get(i))
              .mayOnlyBeAccessedByLayers(
                  LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new));
    }
    return arch.whereLayer("cli").mayNotBeAccessedByAnyLayer();
  }

  @Test
  void should_let_each_package_depend_only_on_the_packages_before_it_in_the_flow() {
    layering().check(main);
  }

  @Test
  void should_have_no_cycles_between_packages() {
    ArchRule rule = slices().matching("ai.trainloop.(*)..").should().beFreeOfCycles();
    rule.check(main);
  }

  @Test
  void should_fail_the_layering_for_a_config_class_that_uses_cli() {
    JavaClasses violating =
        new ClassFileImporter().importClasses(ArchViolationFixture.class, ExitCodes.class);

    assertThatThrownBy(() -> layering().check(violating))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ArchViolationFixture")
        .hasMessageContaining("ExitCodes");
  }

  @Test
  void should_place_every_main_class_in_a_layer() {
    List<String> outside =
        main.stream()
            .map(JavaClass::getPackageName)
            .filter(
                p ->
                    LAYERS.stream()
                        .noneMatch(
                            l ->
                                p.equals("ai.trainloop." + l)
                                    || p.startsWith("ai.trainloop." + l + ".")))
            .distinct()
            .sorted()
            .toList();
    assertThat(outside).as("packages outside the layering").isEmpty();
  }

  @Test
  void should_give_every_main_class_its_own_simple_name() {
    Map<String, List<String>> byName =
        main.stream()
            .filter(c -> c.getEnclosingClass().isEmpty())
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    TreeMap::new,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    byName.values().removeIf(names -> names.size() < 2);
    assertThat(byName).as("simple names with two homes").isEmpty();
  }

  @Test
  void should_keep_every_top_level_package_under_30_percent_of_the_main_code() throws IOException {
    Path root = Path.of("src/main/java/ai/trainloop");
    Map<String, Long> lines = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        lines.merge(
            root.relativize(f).getName(0).toString(),
            (long) Files.readAllLines(f).size(),
            Long::sum);
      }
    }
    long total = lines.values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isPositive();
    lines.forEach(
        (pkg, n) ->
            assertThat(n * 100.0 / total)
                .as("share of %s (%d of %d lines)", pkg, n, total)
                .isLessThanOrEqualTo(30.0));
  }
}
