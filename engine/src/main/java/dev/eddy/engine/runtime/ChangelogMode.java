package dev.eddy.engine.runtime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of {@link RowKind}s a plan node may produce (or a consumer accepts).
 *
 * <p>Contract: immutable. The planner checks, once per edge, that the consumer's accepted mode
 * {@link #containsAll contains all} kinds its input produces; operators never check per row.
 * {@link #upsert()} means updates arrive without {@code -U} (the key identifies the old row),
 * as upsert topics carry them.
 */
public final class ChangelogMode {

  private static final ChangelogMode INSERT_ONLY = new ChangelogMode(EnumSet.of(RowKind.INSERT));
  private static final ChangelogMode UPSERT =
      new ChangelogMode(EnumSet.of(RowKind.INSERT, RowKind.UPDATE_AFTER, RowKind.DELETE));
  private static final ChangelogMode ALL = new ChangelogMode(EnumSet.allOf(RowKind.class));

  private final Set<RowKind> kinds;

  private ChangelogMode(EnumSet<RowKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("A changelog mode needs at least one row kind");
    }
    this.kinds = Collections.unmodifiableSet(kinds);
  }

  /** Streams: {@code +I} only. */
  public static ChangelogMode insertOnly() {
    return INSERT_ONLY;
  }

  /** Upserts by key: {@code +I}, {@code +U}, {@code -D}; no {@code -U}. */
  public static ChangelogMode upsert() {
    return UPSERT;
  }

  /** Every kind, {@code -U} included (retracting aggregates and joins). */
  public static ChangelogMode all() {
    return ALL;
  }

  /** An arbitrary non-empty set of kinds. */
  public static ChangelogMode of(RowKind first, RowKind... rest) {
    return new ChangelogMode(EnumSet.of(first, rest));
  }

  public boolean contains(RowKind kind) {
    return kinds.contains(kind);
  }

  /** True when this mode contains every kind of {@code other}: a consumer accepting {@code this} may read it. */
  public boolean containsAll(ChangelogMode other) {
    return kinds.containsAll(other.kinds);
  }

  /** True when only {@code +I} rows are produced. */
  public boolean isInsertOnly() {
    return kinds.size() == 1 && kinds.contains(RowKind.INSERT);
  }

  /** The kinds, in byte-value order. */
  public Set<RowKind> kinds() {
    return kinds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangelogMode other && kinds.equals(other.kinds);
  }

  @Override
  public int hashCode() {
    return kinds.hashCode();
  }

  /** For EXPLAIN: e.g. {@code [+I, +U, -D]}. */
  @Override
  public String toString() {
    return kinds.stream().map(RowKind::shortString).collect(Collectors.joining(", ", "[", "]"));
  }
}
