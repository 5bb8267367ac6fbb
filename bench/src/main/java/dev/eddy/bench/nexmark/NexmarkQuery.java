package dev.eddy.bench.nexmark;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One nexmark query in both dialects.
 *
 * @param name {@code q0} .. {@code q22}
 * @param title nexmark's name for it
 * @param reads the event kinds (topics) it reads
 * @param flinkSelect the SELECT of nexmark's {@code INSERT INTO nexmark_qN SELECT ...}, over the views
 *     {@code person}, {@code auction} and {@code bid}; {@code null} when Flink cannot run it
 * @param eddyCreate Eddy's persistent query: {@code CREATE STREAM|TABLE %s ... AS SELECT ...}, where
 *     {@code %s} is the sink's name; {@code null} when it cannot be written in Eddy SQL at all
 * @param output how to read and compare the results of both engines
 * @param skip why the harness does not run it at all, or {@code null}; a query whose CREATE fails
 *     in Eddy is skipped with Eddy's error instead
 */
public record NexmarkQuery(String name, String title, Set<String> reads, String flinkSelect, String eddyCreate,
    Output output, String skip) {

  public NexmarkQuery {
    Objects.requireNonNull(name, "name");
    reads = Set.copyOf(reads);
  }

  /** The Eddy statement for a sink named {@code sink}. */
  public String eddyStatement(String sink) {
    return String.format(eddyCreate, sink);
  }

  /** Whether Eddy writes its result as a table (upserts by key) rather than a stream of rows. */
  public boolean eddyTable() {
    return eddyCreate != null && eddyCreate.startsWith("CREATE TABLE");
  }

  /**
   * The result's columns in Flink's SELECT order, named as Eddy names them (upper case); which
   * of them Eddy writes into the record key; what window (if any) Eddy's key carries; and whether
   * the result is deterministic, so that the two engines' outputs can be compared at all.
   */
  public record Output(List<String> columns, List<String> keyColumns, KeyWindow window, String nondeterministic) {

    public Output {
      columns = List.copyOf(columns);
      keyColumns = List.copyOf(keyColumns);
    }

    static Output stream(String... columns) {
      return new Output(List.of(columns), List.of(), KeyWindow.NONE, null);
    }

    static Output table(List<String> keyColumns, KeyWindow window, String... columns) {
      return new Output(List.of(columns), keyColumns, window, null);
    }

    /** These rows with {@code keys} read from Eddy's record key (JSON), as a stream's join key is. */
    Output keyedBy(String... keys) {
      return new Output(columns, List.of(keys), window, nondeterministic);
    }

    Output nondeterministic(String why) {
      return new Output(columns, keyColumns, window, why);
    }

    public boolean deterministic() {
      return nondeterministic == null;
    }
  }

  /** The window bytes Eddy appends to a windowed table's key (Kafka Streams' windowed-key formats). */
  public enum KeyWindow {
    NONE(0),
    /** The window start, 8 bytes. */
    TIME(8),
    /** The window end then start, 8 bytes each. */
    SESSION(16);

    private final int suffixBytes;

    KeyWindow(int suffixBytes) {
      this.suffixBytes = suffixBytes;
    }

    public int suffixBytes() {
      return suffixBytes;
    }
  }
}
