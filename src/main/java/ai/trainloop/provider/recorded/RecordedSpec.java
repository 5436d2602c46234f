package ai.trainloop.provider.recorded;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ProviderSpec;

/** {@code provider: recorded}: replays the recorded replies; calls nothing, costs nothing. */
public final class RecordedSpec {
  public static final ProviderSpec SPEC =
      ProviderSpec.replaying(ProviderEntry.RECORDED, RecordedProvider::new).build();

  private RecordedSpec() {}
}
