package ai.trainloop.run.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code batches.json} in a run folder: every batch this run created, written whole and forced to
 * disk right after each one is created, so that a run killed at any moment after (SIGKILL included)
 * knows its batches when resumed and submits none of them twice. Thread-safe.
 */
public final class BatchManifest {
  public static final String FILE = "batches.json";

  private final Path file;
  private final ObjectMapper mapper;
  private final List<ManifestEntry> entries;

  private BatchManifest(Path file, ObjectMapper mapper, List<ManifestEntry> entries) {
    this.file = file;
    this.mapper = mapper;
    this.entries = new ArrayList<>(entries);
  }

  /** The manifest of {@code runFolder}: what its file holds, or empty when there is none. */
  public static BatchManifest open(Path runFolder, ObjectMapper mapper) throws IOException {
    Path file = runFolder.resolve(FILE);
    List<ManifestEntry> entries = new ArrayList<>();
    if (Files.exists(file)) {
      JsonNode root = mapper.readTree(file.toFile());
      for (JsonNode b : root.path("batches")) {
        List<String> ids = new ArrayList<>();
        b.path("custom_ids").forEach(id -> ids.add(id.asText()));
        entries.add(
            new ManifestEntry(
                b.path("vendor").asText(),
                b.path("model").asText(),
                b.path("batch_id").asText(),
                ids,
                Instant.parse(b.path("submitted_at").asText())));
      }
    }
    return new BatchManifest(file, mapper, entries);
  }

  public synchronized List<ManifestEntry> entries() {
    return List.copyOf(entries);
  }

  /** The batches of one model, in the order they were created. */
  public synchronized List<ManifestEntry> of(String vendor, String model) {
    return entries.stream()
        .filter(e -> e.vendor().equals(vendor) && e.model().equals(model))
        .toList();
  }

  /** Adds a just-created batch and writes the file durably before returning. */
  public synchronized void add(ManifestEntry entry) throws IOException {
    entries.add(entry);
    write();
  }

  private void write() throws IOException {
    ObjectNode root = mapper.createObjectNode().put("schema_version", 1);
    ArrayNode batches = root.putArray("batches");
    for (ManifestEntry e : entries) {
      ObjectNode b = batches.addObject();
      b.put("vendor", e.vendor()).put("model", e.model()).put("batch_id", e.batchId());
      b.put("submitted_at", e.submittedAt().toString());
      ArrayNode ids = b.putArray("custom_ids");
      e.customIds().forEach(ids::add);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.write(tmp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent())) {
        dir.force(true);
      } catch (IOException | UnsupportedOperationException notHere) {
        // not every system syncs a folder; the move is atomic
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
