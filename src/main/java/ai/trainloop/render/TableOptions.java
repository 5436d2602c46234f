package ai.trainloop.render;

import ai.trainloop.config.BenchmarkConfig;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Tables} shows and how.
 *
 * @param style {@link TextTable.Style#ASCII} draws with {@code +-|} and leaves out emoji (for
 *     {@code --ascii} or a terminal that is not UTF-8)
 * @param sections the tables shown besides "Model Performance", which is always shown
 * @param width the terminal's width: tables wider shorten their model ids ({@link
 *     TextTable#fitTo}); 0 for no limit
 */
public record TableOptions(TextTable.Style style, Set<Section> sections, int width) {

  /** A table {@link Tables} shows only when asked. */
  public enum Section {
    /** "Cost Analysis" ({@code track_costs}). */
    COSTS,
    /** "Response Times" ({@code track_response_times} or {@code --detailed}). */
    RESPONSE_TIMES,
    /** "Detailed Metric Analysis": one table per metric ({@code --detailed}). */
    PER_METRIC
  }

  public TableOptions {
    Objects.requireNonNull(style, "style");
    sections =
        Collections.unmodifiableSet(
            sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections));
  }

  /** These tables, drawn at any width. */
  public TableOptions(TextTable.Style style, Set<Section> sections) {
    this(style, sections, 0);
  }

  /** These options fitted to {@code columns} (0: no limit). */
  public TableOptions fittedTo(int columns) {
    return new TableOptions(style, sections, columns);
  }

  /** The default: box drawing, costs, no detail, no response times. */
  public static TableOptions defaults() {
    return new TableOptions(TextTable.Style.BOX, EnumSet.of(Section.COSTS));
  }

  /**
   * The summary tables of a benchmark run: "Cost Analysis" with {@code track_costs}, "Response
   * Times" with {@code track_response_times}; {@link #withDetail} adds the rest.
   */
  public static TableOptions forRun(TextTable.Style style, BenchmarkConfig config) {
    Set<Section> sections = EnumSet.noneOf(Section.class);
    if (config.trackCosts()) {
      sections.add(Section.COSTS);
    }
    if (config.trackResponseTimes()) {
      sections.add(Section.RESPONSE_TIMES);
    }
    return new TableOptions(style, sections);
  }

  /** These options with {@code --detailed}: one table per metric, and "Response Times". */
  public TableOptions withDetail() {
    Set<Section> more = EnumSet.of(Section.PER_METRIC, Section.RESPONSE_TIMES);
    more.addAll(sections);
    return new TableOptions(style, more, width);
  }

  /** Whether {@code section} is shown. */
  public boolean shows(Section section) {
    return sections.contains(section);
  }

  /** Whether to draw in plain ASCII: {@code +-|}, no emoji, {@code [x]} for a missed gate. */
  boolean ascii() {
    return style == TextTable.Style.ASCII;
  }
}
