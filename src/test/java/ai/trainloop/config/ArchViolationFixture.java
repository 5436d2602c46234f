package ai.trainloop.config;

import ai.trainloop.cli.ExitCodes;

/**
 * A config class that uses cli, which the layering forbids: {@code ArchitectureTest} must catch it.
 */
public final class ArchViolationFixture {
  public Class<?> wiring() {
    return ExitCodes.class;
  }
}
