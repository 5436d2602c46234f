package ai.trainloop.eval.javac;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the {@code .java} files of a metrics folder (subfolders included) in-process with {@code
 * javax.tools}, reusing {@link MetricCache} so an unchanged set is compiled once. Stateless apart
 * from its compiler source; thread-safe.
 */
public final class JavaMetricCompiler {
  /**
   * The outcome of {@link #compile}.
   *
   * @param classesDir the folder holding the compiled classes (a cache entry)
   * @param sources the compiled {@code .java} files, sorted
   * @param compiled true when javac ran this time, false when the cache was reused
   */
  public record Result(Path classesDir, List<Path> sources, boolean compiled) {}

  private final Supplier<JavaCompiler> compiler;

  /** Uses the running JDK's compiler. */
  public JavaMetricCompiler() {
    this(ToolProvider::getSystemJavaCompiler);
  }

  /** Uses {@code compiler}, which may supply null to stand for a runtime without one (a JRE). */
  public JavaMetricCompiler(Supplier<JavaCompiler> compiler) {
    this.compiler = compiler;
  }

  /**
   * Compiles every {@code .java} file under {@code sourceDir} against {@code classpath} into a
   * folder under {@code cacheDir}, or reuses the folder of an identical earlier compilation.
   *
   * @return empty when {@code sourceDir} is missing or holds no {@code .java} file
   * @throws ConfigException on a compile error (every error, as {@code file:line:column: message}),
   *     when the runtime has no compiler, or when the cache cannot be written
   */
  public Optional<Result> compile(Path sourceDir, List<Path> classpath, Path cacheDir) {
    try {
      List<Path> sources = sources(sourceDir);
      if (sources.isEmpty()) {
        return Optional.empty();
      }
      MetricCache cache = new MetricCache(cacheDir);
      String key = MetricCache.key(sourceDir, sources, classpath);
      Optional<Path> cached = cache.lookup(key);
      if (cached.isPresent()) {
        return Optional.of(new Result(cached.get(), sources, false));
      }
      JavaCompiler javac = requireCompiler(sourceDir);
      Path scratch = cache.scratch(key);
      try {
        run(javac, sourceDir, sources, classpath, scratch);
        return Optional.of(new Result(cache.publish(key, scratch), sources, true));
      } finally {
        MetricCache.delete(scratch);
      }
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(sourceDir),
          null,
          "cannot compile the Java metrics (cache " + cacheDir + "): " + e);
    }
  }

  /** Whether {@code dir} holds a {@code .java} file to compile (and so needs a cache folder). */
  public static boolean hasSources(Path dir) throws IOException {
    return !sources(dir).isEmpty();
  }

  /** Every {@code .java} file under {@code dir}, sorted by path. */
  static List<Path> sources(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  private JavaCompiler requireCompiler(Path sourceDir) {
    JavaCompiler javac = compiler.get();
    if (javac == null) {
      throw new ConfigException(
          SourceLocation.unknown(sourceDir),
          null,
          "the Java metrics here need a Java compiler,"
              + " but this Java runtime ("
              + System.getProperty("java.home")
              + ") has none: it is a JRE. Run trainloop"
              + " with a JDK 17 or newer, or remove the .java files from "
              + sourceDir);
    }
    return javac;
  }

  private static void run(
      JavaCompiler javac, Path sourceDir, List<Path> sources, List<Path> classpath, Path out)
      throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              out.toString(),
              "-classpath",
              classpath.stream()
                  .map(Path::toString)
                  .collect(Collectors.joining(File.pathSeparator)),
              "-encoding",
              "UTF-8",
              "-proc:none",
              "-g",
              "-nowarn");
      StringWriter javacOutput = new StringWriter();
      JavaCompiler.CompilationTask task =
          javac.getTask(
              javacOutput,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources));
      ExitCalls exits = task instanceof JavacTask t ? ExitCalls.watch(t) : null;
      boolean ok = task.call();
      if (!ok) {
        throw failure(sourceDir, sources, diagnostics.getDiagnostics(), javacOutput.toString());
      }
      if (exits != null && !exits.found().isEmpty()) {
        throw exitFailure(sourceDir, sources, exits.found());
      }
    }
  }

  /**
   * Every call that would end the process, as {@code file:line:column: message}, files named as
   * they were found.
   */
  private static ConfigException exitFailure(
      Path sourceDir, List<Path> sources, List<ExitCalls.Found> found) {
    Map<Path, Path> byAbsolute =
        sources.stream().collect(Collectors.toMap(Path::toAbsolutePath, p -> p));
    List<String> lines = new ArrayList<>();
    for (ExitCalls.Found f : found) {
      SourceLocation at =
          new SourceLocation(
              byAbsolute.getOrDefault(f.file(), f.file()), (int) f.line(), (int) f.column());
      lines.add(
          at
              + ": a metric must not end the process: "
              + f.call()
              + " would end the whole run without its "
              + "report (throw an exception to fail a sample)");
    }
    return new ConfigException(
        SourceLocation.unknown(sourceDir),
        null,
        lines.size()
            + (lines.size() == 1 ? " error" : " errors")
            + " compiling the Java metrics:\n"
            + String.join("\n", lines));
  }

  /** Every error, each as {@code file:line:column: message}, files named as they were found. */
  private static ConfigException failure(
      Path sourceDir,
      List<Path> sources,
      List<Diagnostic<? extends JavaFileObject>> all,
      String javacOutput) {
    Map<URI, Path> byUri =
        sources.stream().collect(Collectors.toMap(p -> p.toAbsolutePath().toUri(), p -> p));
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : all) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Path file =
          d.getSource() == null
              ? null
              : byUri.getOrDefault(d.getSource().toUri(), Path.of(d.getSource().toUri()));
      SourceLocation at =
          file == null
              ? SourceLocation.unknown(sourceDir)
              : new SourceLocation(file, (int) d.getLineNumber(), (int) d.getColumnNumber());
      lines.add(at + ": " + d.getMessage(Locale.ROOT));
    }
    if (lines.isEmpty()) {
      lines.add(javacOutput.isBlank() ? "javac failed without a message" : javacOutput.strip());
    }
    String detail =
        lines.size()
            + (lines.size() == 1 ? " error" : " errors")
            + " compiling the Java metrics:\n"
            + String.join("\n", lines);
    return new ConfigException(SourceLocation.unknown(sourceDir), null, detail);
  }
}
