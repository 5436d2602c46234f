package ai.trainloop.eval.javac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The compiled-metrics cache: one folder per content hash under a cache root, published atomically.
 *
 * <p>The key is the SHA-256 of: a format tag, the running Java version and home, every source's
 * path relative to the metrics folder and its bytes, and every classpath entry's path (plus size
 * and modification time when it is a file). So editing a metric, upgrading trainloop (its jar
 * changes) or passing another {@code --metrics-classpath} recompiles, and an unchanged set is
 * compiled once. A folder is only used when its {@code .complete} marker exists; concurrent runs
 * that compile the same key both succeed, the first to publish wins. Only the {@value #KEEP} most
 * recently used entries are kept.
 */
final class MetricCache {
  static final int KEEP = 5;
  private static final String COMPLETE = ".complete";

  private final Path root;

  MetricCache(Path root) {
    this.root = root;
  }

  static String key(Path sourceDir, List<Path> sources, List<Path> classpath) throws IOException {
    MessageDigest sha = sha256();
    update(sha, "trainloop-metrics-v2");
    update(sha, Runtime.version() + " " + System.getProperty("java.home"));
    for (Path source : sources) {
      update(sha, sourceDir.relativize(source).toString().replace('\\', '/'));
      byte[] bytes = Files.readAllBytes(source);
      update(sha, Integer.toString(bytes.length));
      sha.update(bytes);
    }
    for (Path entry : classpath) {
      update(sha, entry.toAbsolutePath().toString());
      if (Files.isRegularFile(entry)) {
        update(sha, Files.size(entry) + "@" + Files.getLastModifiedTime(entry).toMillis());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The published folder for {@code key}, marked as just used, if there is one. */
  Optional<Path> lookup(String key) {
    Path entry = root.resolve(key);
    if (!Files.isRegularFile(entry.resolve(COMPLETE))) {
      return Optional.empty();
    }
    try {
      Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only cache still works; only the pruning order suffers
    }
    return Optional.of(entry);
  }

  /** A fresh private folder to compile {@code key} into. */
  Path scratch(String key) throws IOException {
    Files.createDirectories(root);
    return Files.createTempDirectory(root, key + ".tmp-");
  }

  /**
   * Marks {@code scratch} complete and moves it to {@code key}'s folder (or drops it if another run
   * won).
   */
  Path publish(String key, Path scratch) throws IOException {
    Files.writeString(scratch.resolve(COMPLETE), key, StandardCharsets.UTF_8);
    Path entry = root.resolve(key);
    try {
      Files.move(scratch, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (lookup(key).isEmpty()) {
        throw e;
      }
      delete(scratch); // another run published the same key first: use theirs
    }
    try {
      prune();
    } catch (IOException | UncheckedIOException e) {
      // pruning is housekeeping: a concurrent run deleting the same folders must not fail this one
    }
    return entry;
  }

  /**
   * Deletes all but the {@value #KEEP} most recently used entries; scratch folders of other runs
   * are left alone.
   */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(root)) {
      entries =
          s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
              .sorted(Comparator.comparing(MetricCache::lastModified).reversed())
              .toList();
    }
    for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      delete(old);
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
