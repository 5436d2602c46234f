package ai.trainloop.eval.javac;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.eval.Metric;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the user's Java metrics: compiles {@code eval/metrics/**.java} (see {@link
 * JavaMetricCompiler}) and searches the compiled classes and every {@code --metrics-classpath} jar
 * or folder for them.
 *
 * <p>A metric is a public, non-abstract, top-level (or static nested) class implementing {@link
 * Metric} with a public no-argument constructor; it is created once and named by {@link
 * MetricNames#snakeCase}. In the user's sources a metric class without such a constructor is an
 * error (it was surely meant as a metric); in jars it is skipped, as are classes that cannot be
 * loaded (a library may hold helpers with optional dependencies). The compile classpath is the
 * running JVM's {@code java.class.path}, the location of {@link Metric} if missing from it, and the
 * extra entries. The class loader stays open for the life of the process, since metrics may load
 * classes lazily.
 */
public final class JavaMetricLoader {
  /**
   * What {@link #load} found.
   *
   * @param metrics metric name to metric, user sources first, then each extra entry, each in
   *     class-name order
   * @param origins metric name to its class and where it came from (a source file or a jar), for
   *     messages
   * @param compiled true when javac ran this time, false when nothing needed compiling or the cache
   *     was reused
   */
  public record Result(
      Map<String, Metric> metrics, Map<String, String> origins, boolean compiled) {}

  private final JavaMetricCompiler compiler;

  public JavaMetricLoader(JavaMetricCompiler compiler) {
    this.compiler = compiler;
  }

  /**
   * Compiles (or reuses) the metrics under {@code metricsDir} and loads every metric found there
   * and in {@code extraClasspath}.
   *
   * @throws ConfigException on a compile error, a missing extra entry, a metric class that cannot
   *     be created, or two metrics with one name (naming both)
   */
  public Result load(Path metricsDir, List<Path> extraClasspath, Path cacheDir) {
    for (Path entry : extraClasspath) {
      if (!Files.exists(entry)) {
        throw new ConfigException(null, "--metrics-classpath", "no such jar or folder: " + entry);
      }
    }
    Optional<JavaMetricCompiler.Result> compiled =
        compiler.compile(metricsDir, compileClasspath(extraClasspath), cacheDir);
    List<Path> roots = new ArrayList<>();
    compiled.ifPresent(c -> roots.add(c.classesDir()));
    roots.addAll(extraClasspath);
    Map<String, Metric> metrics = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    try {
      URLClassLoader loader = new URLClassLoader(urls(roots), Metric.class.getClassLoader());
      for (Path root : roots) {
        boolean userSource = compiled.isPresent() && root.equals(compiled.get().classesDir());
        for (String className : ClassNames.in(root)) {
          if (!seen.add(className)) {
            continue; // the class loader resolves a repeated name to its first entry, already
            // looked at
          }
          String origin =
              userSource
                  ? sourceOf(className, compiled.get().sources(), metricsDir).toString()
                  : root.toString();
          MetricClasses.create(loader, className, userSource, origin)
              .ifPresent(
                  metric -> {
                    String name = MetricNames.snakeCase(className);
                    String described = className + " (" + origin + ")";
                    if (metrics.putIfAbsent(name, metric) != null) {
                      throw new ConfigException(
                          SourceLocation.unknown(Path.of(origin)),
                          null,
                          "two Java metrics are named '"
                              + name
                              + "': "
                              + origins.get(name)
                              + " and "
                              + described
                              + "; rename one of the classes");
                    }
                    origins.put(name, described);
                  });
        }
      }
    } catch (IOException e) {
      throw new ConfigException(
          null, "--metrics-classpath", "cannot read the metric classes: " + e);
    }
    return new Result(
        metrics, origins, compiled.map(JavaMetricCompiler.Result::compiled).orElse(false));
  }

  private static List<Path> compileClasspath(List<Path> extra) {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator, -1)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    apiLocation().ifPresent(entries::add);
    entries.addAll(extra);
    return List.copyOf(entries);
  }

  /**
   * Where {@link Metric} was loaded from, so that user sources compile even under an unusual
   * launcher.
   */
  private static Optional<Path> apiLocation() {
    try {
      return Optional.of(
          Path.of(Metric.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (Exception e) {
      return Optional.empty(); // no code source (e.g. a custom loader): java.class.path has to do
    }
  }

  private static Path sourceOf(String className, List<Path> sources, Path metricsDir) {
    String file = ClassNames.topLevelSimpleName(className) + ".java";
    String packagePath =
        className.contains(".")
            ? className.substring(0, className.lastIndexOf('.')).replace('.', File.separatorChar)
            : "";
    List<Path> named =
        sources.stream().filter(p -> p.getFileName().toString().equals(file)).toList();
    return named.stream()
        .filter(p -> packagePath.isEmpty() || p.getParent().endsWith(packagePath))
        .findFirst()
        .orElse(named.size() == 1 ? named.get(0) : metricsDir);
  }

  private static URL[] urls(List<Path> roots) throws MalformedURLException {
    URL[] urls = new URL[roots.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = roots.get(i).toUri().toURL();
    }
    return urls;
  }
}
