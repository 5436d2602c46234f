package ai.trainloop.eval.javac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the binary names of the classes in a class folder or a jar, so they can be searched for
 * metrics. Skips {@code module-info}, {@code package-info} and everything under {@code META-INF/}
 * (multi-release copies included).
 */
final class ClassNames {
  private static final String SUFFIX = ".class";

  private ClassNames() {}

  /** The classes in {@code entry}, a folder of class files or a jar, sorted. */
  static List<String> in(Path entry) throws IOException {
    return Files.isDirectory(entry) ? inFolder(entry) : inJar(entry);
  }

  /**
   * The top-level class a binary name belongs to, without package: {@code a.b.Outer$Inner} is
   * {@code Outer}.
   */
  static String topLevelSimpleName(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    int dollar = simple.indexOf('$');
    return dollar < 0 ? simple : simple.substring(0, dollar);
  }

  private static List<String> inFolder(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String relative =
            dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        add(out, relative);
      }
    }
    return out.stream().sorted().toList();
  }

  private static List<String> inJar(Path jar) throws IOException {
    List<String> out = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          add(out, entry.getName());
        }
      }
    }
    return out.stream().sorted().toList();
  }

  private static void add(List<String> out, String path) {
    if (!path.endsWith(SUFFIX) || path.startsWith("META-INF/")) {
      return;
    }
    String name = path.substring(0, path.length() - SUFFIX.length()).replace('/', '.');
    String simple = name.substring(name.lastIndexOf('.') + 1);
    if (!simple.equals("module-info") && !simple.equals("package-info")) {
      out.add(name);
    }
  }
}
