package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.state.WindowKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Windows ordered by their end, in insertion order within one end: how the window operators find
 * what closes (EMIT FINAL) and what expires as stream time moves on. An index over the store,
 * rebuilt from it after a restore; not thread-safe.
 */
final class WindowsByEnd {

  private final TreeMap<Long, Set<WindowKey>> byEnd = new TreeMap<>();

  void add(WindowKey window) {
    byEnd.computeIfAbsent(window.end(), e -> new LinkedHashSet<>()).add(window);
  }

  void remove(WindowKey window) {
    Set<WindowKey> atEnd = byEnd.get(window.end());
    if (atEnd != null && atEnd.remove(window) && atEnd.isEmpty()) {
      byEnd.remove(window.end());
    }
  }

  /**
   * Takes out, in end order, every window whose end satisfies {@code ends} (stopping at the
   * first that does not) and hands each to {@code action}, which may change this index.
   */
  void pollWhile(LongPredicate ends, Consumer<WindowKey> action) {
    while (!byEnd.isEmpty() && ends.test(byEnd.firstKey())) {
      Map.Entry<Long, Set<WindowKey>> first = byEnd.pollFirstEntry();
      first.getValue().forEach(action);
    }
  }

  void clear() {
    byEnd.clear();
  }

  /** Every window, in end order. */
  List<WindowKey> all() {
    List<WindowKey> all = new ArrayList<>();
    byEnd.values().forEach(all::addAll);
    return all;
  }
}
