package ai.trainloop.config;

import java.util.List;

/**
 * A suite under {@code trainloop.eval.suites}: the samples of {@code tag} are scored by {@code
 * metrics}.
 */
public record SuiteSpec(String tag, List<String> metrics, SourceLocation location) {}
