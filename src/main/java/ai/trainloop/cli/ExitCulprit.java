package ai.trainloop.cli;

import java.util.Map;
import java.util.Set;

/**
 * Who called {@code System.exit} or {@code Runtime.exit}, found in the stack of the thread blocked
 * in the exit.
 *
 * @param who "metric NAME", "code in CLASS" or "something"
 * @param at the frame that called ({@code Class.method(File.java:line)}), or null
 */
record ExitCulprit(String who, String at) {
  private static final Set<String> EXIT_CLASSES =
      Set.of("java.lang.Shutdown", "java.lang.Runtime", "java.lang.System");

  /**
   * Who called exit: "metric NAME" when a frame of the exiting thread is a metric class (or one
   * nested in it), else "code in CLASS" for the first caller outside the JDK, else "something" when
   * no thread is seen exiting.
   */
  static ExitCulprit find(
      Map<Thread, StackTraceElement[]> stacks, Map<String, String> metricByClass) {
    for (StackTraceElement[] frames : stacks.values()) {
      int exitAt = -1;
      for (int i = 0; i < frames.length && exitAt < 0; i++) {
        if (frames[i].getMethodName().equals("exit")
            && EXIT_CLASSES.contains(frames[i].getClassName())) {
          exitAt = i;
        }
      }
      if (exitAt < 0) {
        continue;
      }
      for (int i = exitAt; i < frames.length; i++) {
        String metric = metricOf(frames[i].getClassName(), metricByClass);
        if (metric != null) {
          return new ExitCulprit("metric " + metric, where(frames[i]));
        }
      }
      for (int i = exitAt; i < frames.length; i++) {
        String c = frames[i].getClassName();
        if (!EXIT_CLASSES.contains(c)
            && !c.startsWith("java.lang.reflect.")
            && !c.startsWith("jdk.internal.")
            && !c.startsWith("java.lang.invoke.")) {
          return new ExitCulprit("code in " + c, where(frames[i]));
        }
      }
    }
    return new ExitCulprit("something", null);
  }

  private static String where(StackTraceElement f) {
    String simple = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
    return simple
        + "."
        + f.getMethodName()
        + "("
        + (f.getFileName() == null ? "unknown source" : f.getFileName() + ":" + f.getLineNumber())
        + ")";
  }

  private static String metricOf(String className, Map<String, String> metricByClass) {
    for (Map.Entry<String, String> e : metricByClass.entrySet()) {
      if (className.equals(e.getKey()) || className.startsWith(e.getKey() + "$")) {
        return e.getValue();
      }
    }
    return null;
  }
}
