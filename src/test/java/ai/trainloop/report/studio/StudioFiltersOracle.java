package ai.trainloop.report.studio;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What the Java filter answers for a query on a fixture run: the browser's offline filter must agree with it. */
final class StudioFiltersOracle {
  private StudioFiltersOracle() {}

  static int count(String runId, String tag, String model, boolean failedOnly) {
    try {
      RunStore store = new RunStore(StudioFixtures.dataFolder());
      RunIndex index = store.index(runId).orElseThrow();
      return SamplePages.page(index, new SampleQuery(tag, model, null, failedOnly, false, null, 0, 200))
          .get("total").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
