package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.decide.AbResult;
import ai.trainloop.decide.AbTest;
import ai.trainloop.decide.CommonSamples;
import ai.trainloop.render.AbRenderer;
import ai.trainloop.render.PairwiseRenderer;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.PairedTest;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property: over many random paired data sets (pass/fail and continuous scores, small and large,
 * equal and different models), no printed table shows an interval that excludes 0 next to "no
 * significant difference", and no A/B row says deploy beside an interval that includes 0 or
 * keep_current beside one wholly above 0 without saying that the test and the interval disagree.
 */
class IntervalConsistencyTest {
  private static final Pattern INTERVAL =
      Pattern.compile("\\[([+-]\\d+\\.\\d+), ([+-]\\d+\\.\\d+)\\]");
  private static final int DATA_SETS = 300;

  /** A random run: 2..4 models on n samples, each model a shifted copy of a common base. */
  private static List<ResultRow> randomRun(SplittableRandom r) {
    int n = 5 + r.nextInt(120);
    int models = 2 + r.nextInt(3);
    boolean binary = r.nextBoolean();
    double[] base = new double[n];
    for (int i = 0; i < n; i++) {
      base[i] = r.nextDouble();
    }
    List<ResultRow> rows = new ArrayList<>();
    for (int m = 0; m < models; m++) {
      // half the models equal to the base in distribution, the others shifted by up to ±0.3
      double shift = r.nextBoolean() ? 0 : (r.nextDouble() - 0.5) * 0.6;
      double noise = r.nextDouble() * 0.3;
      for (int i = 0; i < n; i++) {
        double v = base[i] + shift + (r.nextDouble() - 0.5) * noise;
        double score = binary ? (v > 0.5 ? 1 : 0) : Math.min(1, Math.max(0, v));
        rows.add(
            ResultRow.builder()
                .sampleId("s" + i)
                .tag("qa")
                .modelId("m" + m)
                .score(score)
                .latencyMs(10L)
                .attempts(1)
                .build());
      }
    }
    return rows;
  }

  @Test
  void given_random_paired_data_then_no_table_shows_an_interval_that_contradicts_its_verdict() {
    SplittableRandom seeds = new SplittableRandom(17);
    PairedTest test = new PairedTest();
    int noDifference = 0;
    int significant = 0;
    int inconclusive = 0;
    for (int d = 0; d < DATA_SETS; d++) {
      List<ResultRow> rows = randomRun(seeds.split());

      List<PairComparison> pairs = new PairwiseComparator(0.05, test).compare(rows);
      StringWriter pairwise = new StringWriter();
      PairwiseRenderer.render(pairs, pairwise, TextTable.Style.ASCII);
      for (String line : tableRows(pairwise)) {
        if (line.contains(PairComparison.NO_DIFFERENCE)) {
          noDifference++;
          assertThat(printedContainsZero(line)).as("data set %d: %s", d, line).isTrue();
        } else if (line.contains(" better by ")) {
          assertThat(printedContainsZero(line)).as("data set %d: %s", d, line).isFalse();
        }
      }
      for (PairComparison c : pairs) {
        if (c.conclusion().equals(PairComparison.NO_DIFFERENCE)) {
          assertThat(c.adjusted().contains(0)).as("data set %d: %s", d, c).isTrue();
        }
      }

      CommonSamples answers = new CommonSamples();
      rows.forEach(answers::add);
      List<String> models = rows.stream().map(ResultRow::modelId).distinct().toList();
      List<AbResult> ab = new AbTest(0.05, test).run(answers, "m0", models);
      StringWriter table = new StringWriter();
      AbRenderer.render(ab, table, TextTable.Style.ASCII);
      for (String line : tableRows(table)) {
        if (line.contains(" deploy ")) {
          significant++;
          assertThat(printedLowerBound(line)).as("data set %d: %s", d, line).isPositive();
        } else if (line.contains(" keep_current (inconclusive) ")) {
          inconclusive++;
          // wholly on one side of 0 (an end may print as ±0.000 once rounded)
          assertThat(printedStraddlesZero(line)).as("data set %d: %s", d, line).isFalse();
        } else if (line.contains(" keep_current ")) {
          // not better: the interval is not wholly above 0; not significant: it holds 0
          assertThat(printedLowerBound(line)).as("data set %d: %s", d, line).isLessThanOrEqualTo(0);
          if (!line.contains("<0.001") && Double.parseDouble(cell(line, 7)) >= 0.05) {
            assertThat(printedContainsZero(line)).as("data set %d: %s", d, line).isTrue();
          }
        }
      }
    }
    // the data sets hold both kinds, so the property was exercised
    assertThat(noDifference).isGreaterThan(20);
    assertThat(significant).isGreaterThan(20);
    assertThat(inconclusive).isPositive();
  }

  /** The body lines of the ASCII table (the title and the footnote left out). */
  private static List<String> tableRows(StringWriter out) {
    return out.toString().lines().filter(l -> l.startsWith("|")).toList();
  }

  /** Cell {@code i} (from 1) of an ASCII table row. */
  private static String cell(String line, int i) {
    return line.split("\\|")[i].strip();
  }

  private static boolean printedContainsZero(String line) {
    Matcher m = INTERVAL.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return Double.parseDouble(m.group(1)) <= 0 && Double.parseDouble(m.group(2)) >= 0;
  }

  private static boolean printedStraddlesZero(String line) {
    Matcher m = INTERVAL.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return Double.parseDouble(m.group(1)) < 0 && Double.parseDouble(m.group(2)) > 0;
  }

  private static double printedLowerBound(String line) {
    Matcher m = INTERVAL.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
