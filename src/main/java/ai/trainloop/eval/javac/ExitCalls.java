package ai.trainloop.eval.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds, once javac has attributed the sources, every call (or method reference) to {@code
 * System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: a metric must not end the process.
 * Calls through reflection are not seen here; the run's exit guard catches those.
 */
final class ExitCalls implements TaskListener {
  private static final Map<String, Set<String>> FORBIDDEN =
      Map.of("java.lang.System", Set.of("exit"), "java.lang.Runtime", Set.of("exit", "halt"));

  /** One forbidden call: where, and what it calls ({@code System.exit}). */
  record Found(Path file, long line, long column, String call) {}

  private final Trees trees;
  private final List<Found> found = new ArrayList<>();

  private ExitCalls(JavacTask task) {
    this.trees = Trees.instance(task);
  }

  /** Listens to {@code task}; {@link #found} holds the calls once it has run. */
  static ExitCalls watch(JavacTask task) {
    ExitCalls calls = new ExitCalls(task);
    task.addTaskListener(calls);
    return calls;
  }

  List<Found> found() {
    return List.copyOf(found);
  }

  @Override
  public void finished(TaskEvent e) {
    if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getCompilationUnit() == null) {
      return;
    }
    CompilationUnitTree unit = e.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        check(
            unit,
            trees.getElement(getCurrentPath()),
            trees.getSourcePositions().getStartPosition(unit, node));
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        check(
            unit,
            trees.getElement(getCurrentPath()),
            trees.getSourcePositions().getStartPosition(unit, node));
        return super.visitMemberReference(node, null);
      }
    }.scan(unit, null);
  }

  private void check(CompilationUnitTree unit, Element called, long position) {
    if (called == null
        || called.getKind() != ElementKind.METHOD
        || !(called.getEnclosingElement() instanceof TypeElement owner)) {
      return;
    }
    String ownerName = owner.getQualifiedName().toString();
    String method = called.getSimpleName().toString();
    if (FORBIDDEN.getOrDefault(ownerName, Set.of()).contains(method)) {
      var lines = unit.getLineMap();
      found.add(
          new Found(
              Path.of(unit.getSourceFile().toUri()),
              lines.getLineNumber(position),
              lines.getColumnNumber(position),
              owner.getSimpleName() + "." + method));
    }
  }
}
