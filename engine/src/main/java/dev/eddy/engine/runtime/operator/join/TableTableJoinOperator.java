package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two changelogs joined on a key, each side's current rows remembered: a change on either side
 * takes back the results its old row made and adds those of its new row, so the output is the
 * changelog of the joined table (INNER, LEFT, RIGHT and FULL, with the other side's columns null
 * for an unmatched row of an outer side).
 *
 * <p>A side may hold several rows per join key — a table re-keyed on a column other than its
 * primary key, as a foreign-key join's left side — told apart by their identity columns (the
 * primary key). A {@code -U} followed by its {@code +U} is one change: its results go out as
 * {@code -U}/{@code +U} pairs, so an upsert sink writes the new result without a tombstone first;
 * a change that only removes results emits {@code -D}. A {@code -U} alone is a row that moved to
 * another join key (its foreign key changed): it leaves quietly, since the task owning the new
 * key emits the row's new results. A result's event time is the later of its two rows'.
 *
 * <p>A foreign-key join ({@link #foreignKey}) also answers every change to a known left row that
 * leaves it without results with a delete of its result, as ksqlDB's does: a row whose foreign
 * key matches nothing (any more), or that is deleted, tombstones its key even when no result was
 * out before. A left row's first version without a match stays silent.
 */
public final class TableTableJoinOperator implements TwoInputOperator {

  private static final int ROW = 0;
  private static final int TIME = 1;

  private final JoinLayout layout;
  private final int[][] identity;
  private final boolean foreignKey;
  private final List<Object[]> removed = new ArrayList<>();
  private final List<Object[]> added = new ArrayList<>();
  private final List<Long> removedTimes = new ArrayList<>();
  private final List<Long> addedTimes = new ArrayList<>();
  private final List<KeyValueStore<RowKey, Object[]>> sides = new ArrayList<>(2);

  /**
   * @param leftIdentity the columns telling left rows of one join key apart (its primary key)
   * @param rightIdentity the same for right rows
   */
  public TableTableJoinOperator(JoinLayout layout, int[] leftIdentity, int[] rightIdentity) {
    this(layout, leftIdentity, rightIdentity, false);
  }

  private TableTableJoinOperator(JoinLayout layout, int[] leftIdentity, int[] rightIdentity, boolean foreignKey) {
    this.layout = layout;
    this.identity = new int[][] {leftIdentity.clone(), rightIdentity.clone()};
    this.foreignKey = foreignKey;
  }

  /** A foreign-key join: the left table joined on a column other than its key, which tells its rows apart. */
  public static TableTableJoinOperator foreignKey(JoinLayout layout, int[] leftIdentity, int[] rightIdentity) {
    return new TableTableJoinOperator(layout, leftIdentity, rightIdentity, true);
  }

  @Override
  public void open(OperatorContext context) {
    sides.add(context.store("left"));
    sides.add(context.store("right"));
  }

  @Override
  public void process(int side, RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      RowKind kind = input.kind(i);
      Object[] row = input.row(i);
      Object[] changed = null; // a known row's new (or deleted) version
      if (kind == RowKind.UPDATE_BEFORE) {
        if (i + 1 < n && input.kind(i + 1) == RowKind.UPDATE_AFTER) {
          Object[] next = input.row(i + 1);
          // Under one join key the other side's rows stay matched: no unmatched row in between.
          boolean sameKey = layout.key(side, row).equals(layout.key(side, next));
          retract(side, row, input.rowtime(i), sameKey);
          add(side, next, input.rowtime(++i), sameKey);
          changed = next;
        } else {
          forget(side, row); // it moved to another join key, whose task emits its new results
        }
      } else if (kind == RowKind.DELETE) {
        changed = known(side, row) ? row : null;
        retract(side, row, input.rowtime(i), false);
      } else {
        // An update alone is a row moved here from another join key: known, if not here.
        changed = kind == RowKind.UPDATE_AFTER || known(side, row) ? row : null;
        add(side, row, input.rowtime(i), false);
      }
      if (foreignKey && side == 0 && changed != null && removed.isEmpty() && added.isEmpty()) {
        removed(layout.joined(side, changed, null), input.rowtime(i));
      }
      emit(out);
    }
  }

  private boolean known(int side, Object[] row) {
    return indexOf(sides.get(side).get(layout.key(side, row)), side, row) >= 0;
  }

  /** Drops {@code row} from the state without emitting anything. */
  private void forget(int side, Object[] row) {
    RowKey key = layout.key(side, row);
    Object[] mine = sides.get(side).get(key);
    int at = indexOf(mine, side, row);
    if (at >= 0) {
      put(side, key, without(mine, at));
    }
  }

  /** Takes {@code row}'s results back: with each matching row of the other side, or alone. */
  private void retract(int side, Object[] row, long rowtime, boolean updating) {
    RowKey key = layout.key(side, row);
    Object[] mine = sides.get(side).get(key);
    int at = indexOf(mine, side, row);
    if (at < 0) {
      return; // never seen, or a null key: nothing was emitted for it
    }
    Object[] old = (Object[]) ((Object[]) mine[at])[ROW];
    Object[] theirs = key.hasNull() ? null : sides.get(1 - side).get(key);
    if (theirs == null) {
      if (layout.outer(side)) {
        removed(layout.joined(side, old, null), rowtime);
      }
    } else {
      for (Object entry : theirs) {
        Object[] other = (Object[]) entry;
        removed(layout.joined(side, old, (Object[]) other[ROW]), Math.max(rowtime, (Long) other[TIME]));
      }
    }
    Object[] rest = without(mine, at);
    put(side, key, rest);
    if (rest == null && theirs != null && layout.outer(1 - side) && !updating) {
      for (Object entry : theirs) { // their rows are unmatched again
        Object[] other = (Object[]) entry;
        added(layout.joined(1 - side, (Object[]) other[ROW], null), Math.max(rowtime, (Long) other[TIME]));
      }
    }
  }

  /** Adds {@code row}'s results: with each matching row of the other side, or alone. */
  private void add(int side, Object[] row, long rowtime, boolean updating) {
    RowKey key = layout.key(side, row);
    if (indexOf(sides.get(side).get(key), side, row) >= 0) {
      retract(side, row, rowtime, false); // an upsert without its -U: the old row's results go first
    }
    Object[] mine = sides.get(side).get(key);
    // A null key matches nothing, but the row is kept: an outer side's result is taken back later.
    Object[] theirs = key.hasNull() ? null : sides.get(1 - side).get(key);
    if (theirs == null) {
      if (layout.outer(side)) {
        added(layout.joined(side, row, null), rowtime);
      }
    } else {
      for (Object entry : theirs) {
        Object[] other = (Object[]) entry;
        Object[] otherRow = (Object[]) other[ROW];
        long time = Math.max(rowtime, (Long) other[TIME]);
        if (mine == null && layout.outer(1 - side) && !updating) {
          removed(layout.joined(1 - side, otherRow, null), time); // matched from now on
        }
        added(layout.joined(side, row, otherRow), time);
      }
    }
    put(side, key, with(mine, side, new Object[] {row, rowtime}));
  }

  private void removed(Object[] row, long rowtime) {
    removed.add(row);
    removedTimes.add(rowtime);
  }

  private void added(Object[] row, long rowtime) {
    added.add(row);
    addedTimes.add(rowtime);
  }

  /** One change's results: paired as updates while both kinds remain, the rest alone. */
  private void emit(Collector out) {
    int pairs = Math.min(removed.size(), added.size());
    for (int i = 0; i < pairs; i++) {
      out.collect(RowKind.UPDATE_BEFORE, removed.get(i), removedTimes.get(i));
      out.collect(RowKind.UPDATE_AFTER, added.get(i), addedTimes.get(i));
    }
    for (int i = pairs; i < removed.size(); i++) {
      out.collect(RowKind.DELETE, removed.get(i), removedTimes.get(i));
    }
    for (int i = pairs; i < added.size(); i++) {
      out.collect(RowKind.INSERT, added.get(i), addedTimes.get(i));
    }
    removed.clear();
    added.clear();
    removedTimes.clear();
    addedTimes.clear();
  }

  /** Where the entry for {@code row}'s identity sits in {@code entries}, or -1. */
  private int indexOf(Object[] entries, int side, Object[] row) {
    if (entries == null) {
      return -1;
    }
    RowKey id = RowKey.of(row, identity[side]);
    for (int i = 0; i < entries.length; i++) {
      if (RowKey.of((Object[]) ((Object[]) entries[i])[ROW], identity[side]).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code entries} with {@code entry} in place of the one of the same identity, or added. */
  private Object[] with(Object[] entries, int side, Object[] entry) {
    int at = indexOf(entries, side, (Object[]) entry[ROW]);
    if (entries == null) {
      return new Object[] {entry};
    }
    Object[] copy;
    if (at >= 0) {
      copy = entries.clone();
      copy[at] = entry;
    } else {
      copy = Arrays.copyOf(entries, entries.length + 1);
      copy[entries.length] = entry;
    }
    return copy;
  }

  private static Object[] without(Object[] entries, int at) {
    if (entries.length == 1) {
      return null;
    }
    Object[] copy = new Object[entries.length - 1];
    System.arraycopy(entries, 0, copy, 0, at);
    System.arraycopy(entries, at + 1, copy, at, entries.length - at - 1);
    return copy;
  }

  private void put(int side, RowKey key, Object[] entries) {
    if (entries == null) {
      sides.get(side).delete(key);
    } else {
      sides.get(side).put(key, entries);
    }
  }
}
