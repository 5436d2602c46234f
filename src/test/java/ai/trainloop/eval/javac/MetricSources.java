package ai.trainloop.eval.javac;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Writes metric sources into a test project and builds small jars of compiled metrics. */
final class MetricSources {
  static final String HAS_GREETING_WORD =
      """
      import ai.trainloop.eval.Metric;
      import ai.trainloop.eval.Sample;

      public class HasGreetingWord implements Metric {
        @Override
        public double score(Sample sample) {
          String reply = sample.output().toLowerCase();
          return reply.contains("hello") || reply.contains("hi ") ? 1 : 0;
        }
      }
      """;

  private MetricSources() {}

  /** Writes {@code source} to {@code dir/relativePath}, creating folders. */
  static Path write(Path dir, String relativePath, String source) throws IOException {
    Path file = dir.resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, source);
  }

  /**
   * A metric class {@code simpleName} in {@code pkg} (or the default package when blank) returning
   * {@code value}.
   */
  static String constant(String pkg, String simpleName, double value) {
    return (pkg.isBlank() ? "" : "package " + pkg + ";\n")
        + """
        public class %s implements ai.trainloop.eval.Metric {
          public double score(ai.trainloop.eval.Sample sample) { return %s; }
        }
        """
            .formatted(simpleName, value);
  }

  /**
   * Compiles {@code sources} (files under {@code srcDir}) against the test classpath and jars the
   * classes.
   */
  static Path jar(Path srcDir, Path jar) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createTempDirectory(srcDir.getParent(), "classes");
    List<String> files;
    try (Stream<Path> s = Files.walk(srcDir)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    String[] args =
        Stream.concat(
                Stream.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    System.getProperty("java.class.path")
                        + java.io.File.pathSeparator
                        + apiClasses()),
                files.stream())
            .toArray(String[]::new);
    if (javac.run(null, null, null, args) != 0) {
      throw new IllegalStateException("test jar sources do not compile");
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out);
        Stream<Path> s = Files.walk(classes)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        jarOut.write(Files.readAllBytes(p));
        jarOut.closeEntry();
      }
    }
    return jar;
  }

  private static String apiClasses() {
    try {
      return Path.of(
              ai.trainloop.eval.Metric.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
