package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.state.RowKey;

/**
 * Where a join's inputs hold their join keys, how wide their rows are, and which sides are
 * outer (keep their unmatched rows, with the other side's columns null). A join's output row is
 * the left row's columns followed by the right row's.
 *
 * @param leftKeys positions of the join key in left rows
 * @param rightKeys positions of the join key in right rows, parallel to {@code leftKeys}
 * @param leftWidth columns of a left row
 * @param rightWidth columns of a right row
 * @param leftOuter whether unmatched left rows are emitted (LEFT and FULL joins)
 * @param rightOuter whether unmatched right rows are emitted (RIGHT and FULL joins)
 */
public record JoinLayout(int[] leftKeys, int[] rightKeys, int leftWidth, int rightWidth, boolean leftOuter,
    boolean rightOuter) {

  public JoinLayout {
    if (leftKeys.length != rightKeys.length || leftKeys.length == 0) {
      throw new IllegalArgumentException("A join needs key columns on both sides, pairwise: "
          + leftKeys.length + " and " + rightKeys.length);
    }
    leftKeys = leftKeys.clone();
    rightKeys = rightKeys.clone();
  }

  /** The join key of a row from {@code side}. */
  RowKey key(int side, Object[] row) {
    return RowKey.of(row, side == 0 ? leftKeys : rightKeys);
  }

  /** Whether unmatched rows of {@code side} are emitted. */
  boolean outer(int side) {
    return side == 0 ? leftOuter : rightOuter;
  }

  /** The output row of a row from {@code side} and a row of the other side (either may be null). */
  Object[] joined(int side, Object[] row, Object[] other) {
    return side == 0 ? concat(row, other) : concat(other, row);
  }

  private Object[] concat(Object[] left, Object[] right) {
    Object[] out = new Object[leftWidth + rightWidth];
    if (left != null) {
      System.arraycopy(left, 0, out, 0, leftWidth);
    }
    if (right != null) {
      System.arraycopy(right, 0, out, leftWidth, rightWidth);
    }
    return out;
  }
}
