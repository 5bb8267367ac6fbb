package dev.eddy.jdbc;

import java.util.Iterator;
import java.util.List;

/** Rows already in memory: listings, DESCRIBE, EXPLAIN, metadata. */
final class FixedRows implements RowSource {

  private final Iterator<List<Object>> rows;

  FixedRows(List<List<Object>> rows) {
    this.rows = rows.iterator();
  }

  @Override
  public List<Object> next(Deadline deadline) {
    return rows.hasNext() ? rows.next() : null;
  }

  @Override
  public void cancel() {}

  @Override
  public void close() {}
}
