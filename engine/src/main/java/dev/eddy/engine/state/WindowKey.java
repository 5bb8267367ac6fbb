package dev.eddy.engine.state;

import java.util.Objects;

/**
 * A key within one window: the window is the namespace of the key's state, so the same key in
 * two windows holds two independent aggregates. Bounds are epoch milliseconds, end exclusive.
 */
public record WindowKey(RowKey key, long start, long end) {

  public WindowKey {
    Objects.requireNonNull(key, "key");
  }
}
