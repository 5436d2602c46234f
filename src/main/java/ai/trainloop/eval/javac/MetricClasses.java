package ai.trainloop.eval.javac;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.eval.JudgeMetric;
import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.ReasonedMetric;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a class is a metric and creates its one instance; every failure names the class.
 */
final class MetricClasses {
  private MetricClasses() {}

  /**
   * The metric instance of {@code className}, or empty when the class is not a metric.
   *
   * @param strict true for the user's own sources: a class that cannot be loaded, or a metric class
   *     without a public no-argument constructor, is then an error instead of being skipped
   * @param origin the source file or jar, for messages
   */
  static Optional<Metric> create(
      ClassLoader loader, String className, boolean strict, String origin) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      if (strict) {
        throw error(origin, "cannot load metric class " + className + ": " + describe(e));
      }
      return Optional.empty();
    }
    if (!isMetricClass(type)) {
      return Optional.empty();
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      if (strict) {
        throw error(
            origin, "metric class " + className + " needs a public constructor without parameters");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(asMetric(constructor.newInstance()));
    } catch (InvocationTargetException e) {
      throw error(
          origin,
          "cannot create metric class "
              + className
              + ": its constructor threw "
              + describe(e.getCause()));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      throw error(origin, "cannot create metric class " + className + ": " + describe(e));
    }
  }

  /**
   * A {@link Metric} as it is; a {@link JudgeMetric} or {@link ReasonedMetric} kept as a {@link
   * JudgedMetric}.
   */
  private static Metric asMetric(Object instance) {
    if (instance instanceof Metric m) {
      return m;
    }
    if (instance instanceof JudgeMetric j) {
      return JudgedMetric.of(j);
    }
    return JudgedMetric.of((ReasonedMetric) instance, false);
  }

  /**
   * Public, concrete, top-level or static nested, and implementing {@link Metric}, {@link
   * JudgeMetric} or {@link ReasonedMetric}.
   */
  static boolean isMetricClass(Class<?> type) {
    int mods = type.getModifiers();
    return (Metric.class.isAssignableFrom(type)
            || JudgeMetric.class.isAssignableFrom(type)
            || ReasonedMetric.class.isAssignableFrom(type))
        && Modifier.isPublic(mods)
        && !Modifier.isAbstract(mods)
        && !type.isInterface()
        && !type.isAnonymousClass()
        && !type.isLocalClass()
        && (!type.isMemberClass() || Modifier.isStatic(mods));
  }

  /**
   * {@code java.lang.IllegalStateException: message}: the class and the message, never a stack
   * trace.
   */
  static String describe(Throwable t) {
    Throwable shown =
        t instanceof ExceptionInInitializerError && t.getCause() != null ? t.getCause() : t;
    return shown.getMessage() == null
        ? shown.getClass().getName()
        : shown.getClass().getName() + ": " + shown.getMessage();
  }

  private static ConfigException error(String origin, String detail) {
    return new ConfigException(SourceLocation.unknown(Path.of(origin)), null, detail);
  }
}
