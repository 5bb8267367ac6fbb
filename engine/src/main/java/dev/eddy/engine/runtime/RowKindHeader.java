package dev.eddy.engine.runtime;

import dev.eddy.log.Header;
import java.util.List;

/**
 * How a row's {@link RowKind} travels through an internal topic (a repartition of a changelog):
 * a record header {@value #NAME} holding the kind's one-byte value. Upsert topics do not need
 * it — their tombstones say delete — but a repartitioned retraction ({@code -U}) must keep its
 * kind and its full row.
 */
public final class RowKindHeader {

  /** The header key; the {@code __} prefix keeps it apart from user headers. */
  public static final String NAME = "__eddy_row_kind";

  private static final Header[] HEADERS = new Header[RowKind.values().length];

  static {
    for (RowKind kind : RowKind.values()) {
      HEADERS[kind.toByteValue()] = new Header(NAME, new byte[] {kind.toByteValue()});
    }
  }

  private RowKindHeader() {}

  /** The header for {@code kind} (shared instances: headers are immutable once written). */
  public static Header of(RowKind kind) {
    return HEADERS[kind.toByteValue()];
  }

  /** The kind a record's headers carry; throws when the header is missing or malformed. */
  public static RowKind read(List<Header> headers) {
    for (int i = headers.size() - 1; i >= 0; i--) {
      Header header = headers.get(i);
      if (header.key().equals(NAME)) {
        if (header.value() == null || header.value().length != 1) {
          throw new IllegalArgumentException("Malformed " + NAME + " header: expected one byte");
        }
        return RowKind.fromByteValue(header.value()[0]);
      }
    }
    throw new IllegalArgumentException("Record of a changelog topic has no " + NAME + " header");
  }
}
