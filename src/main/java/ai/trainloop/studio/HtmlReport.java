package ai.trainloop.studio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes one run as a self-contained HTML file with the studio's views (run, samples, history): the
 * report summary and the per-sample data are embedded as JSON (column arrays, escaped for {@code
 * <script>}), the studio's scripts, styles and the charting library are inlined, and a
 * Content-Security-Policy lets the page load nothing from the network. It opens from a {@code
 * file://} URL without a server.
 *
 * <pre>
 * {@code HtmlReport.write(dataFolder.resolve("benchmarks/2026-11-28_22-30-00"), Path.of("report.html"));}
 * </pre>
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Writes {@code outFile} (replacing it) from the run folder's report.json, results.jsonl and
   * samples.jsonl.
   *
   * @throws IOException when the run folder cannot be read (the message names the file) or outFile
   *     not written
   */
  public static void write(Path runFolder, Path outFile) throws IOException {
    Path parent = outFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      write(runFolder, out);
    }
  }

  /** Writes the page to {@code out}; the caller closes it. */
  public static void write(Path runFolder, Writer out) throws IOException {
    if (!Files.isDirectory(runFolder)) {
      throw new IOException(runFolder + ": not a run folder");
    }
    out.write(render(data(runFolder), new StudioAssets()));
  }

  static ObjectNode data(Path runFolder) throws IOException {
    String runId = runFolder.toAbsolutePath().normalize().getFileName().toString();
    Path reportFile = runFolder.resolve("report.json");
    StudioReport report =
        Files.isRegularFile(reportFile)
            ? StudioReportReader.summary(reportFile)
            : StudioReport.missing(runId);
    RunIndex index = RunStore.loadIndex(runFolder, report.summary());
    ObjectNode data = StudioJson.MAPPER.createObjectNode();
    data.put("run_id", runId);
    data.putObject("runs").putArray("runs").add(RunSummaries.row(runId, report));
    data.set("report", report.json());
    data.set("latency", LatencyHistogram.of(index));
    data.set("samples", CompactSamples.of(index));
    ObjectNode history = data.putObject("history");
    List<String> tags = new ArrayList<>(index.tags());
    history.set("", single(runId, report, index, null, tags));
    for (String tag : tags) {
      history.set(tag, single(runId, report, index, tag, tags));
    }
    return data;
  }

  private static ObjectNode single(
      String runId, StudioReport report, RunIndex index, String tag, List<String> tags) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("tag", tag);
    out.set("tags", SamplePages.strings(tags));
    ObjectNode entry = RunHistory.entry(runId, report, index, tag);
    out.putArray("runs").add(entry);
    return out;
  }

  /**
   * The page: index.html with the style and scripts inlined, the data embedded and a CSP meta
   * element.
   */
  static String render(ObjectNode data, StudioAssets assets) {
    String page = assets.page().text();
    String css = assets.get(StudioAssets.STYLE).orElseThrow().text();
    List<String> scriptHashes = new ArrayList<>();
    StringBuilder scripts = new StringBuilder();
    scripts
        .append("<script type=\"application/json\" id=\"trainloop-data\">")
        .append(StudioJson.forScript(data))
        .append("</script>\n");
    for (String name : StudioAssets.SCRIPTS) {
      String js = inlineable(name, assets.get(name).orElseThrow().text());
      scriptHashes.add("'sha256-" + sha256(js) + "'");
      scripts.append("<script>").append(js).append("</script>\n");
    }
    String policy =
        "default-src 'none'; script-src "
            + String.join(" ", scriptHashes)
            + "; style-src 'sha256-"
            + sha256(inlineable(StudioAssets.STYLE, css))
            + "'; img-src data:; base-uri 'none'; form-action 'none'";
    String head =
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + policy
            + "\">\n"
            + "<style>"
            + css
            + "</style>";
    String linkTag = "<link rel=\"stylesheet\" href=\"assets/" + StudioAssets.STYLE + "\">";
    int firstScript = page.indexOf("<script src=");
    int lastScript = page.lastIndexOf("</script>");
    if (!page.contains(linkTag) || firstScript < 0 || lastScript < firstScript) {
      throw new IllegalStateException("studio index.html lacks its stylesheet link or script tags");
    }
    return page.substring(0, firstScript).replace(linkTag, head)
        + scripts
        + page.substring(lastScript + "</script>".length());
  }

  /**
   * An asset may be inlined only if it cannot end its element or open an HTML comment inside it.
   */
  private static String inlineable(String name, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("</style") || lower.contains("<!--")) {
      throw new IllegalStateException("studio asset " + name + " cannot be inlined safely");
    }
    return text;
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
