package dev.eddy.shell;

import java.util.List;

/**
 * Prints one result set in one output format. Calls come in the order {@code begin}, any number
 * of {@code row}, {@code end}; a push query's rows arrive one by one and each is written (and
 * flushed) before the next is awaited.
 */
interface ResultPrinter {

  /**
   * @param streaming whether rows arrive over time (a push query), so nothing may wait for the
   *     last row before printing
   */
  void begin(List<Column> columns, boolean streaming);

  void row(List<Object> values);

  void end();
}
