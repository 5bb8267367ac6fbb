package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A ksqlDB {@code WINDOW TUMBLING|HOPPING|SESSION (...)} clause as written.
 *
 * <p>The parser turns the clause into a window table function call in the query's FROM (see
 * {@link SqlStreamingQuery}); this node keeps what a table function cannot carry — RETENTION and
 * GRACE PERIOD — plus the relation as written before the function was applied, so the query
 * unparses back to ksqlDB syntax. {@code advance} is set for HOPPING only; {@code size} is the
 * gap for SESSION.
 */
public final class SqlKsqlWindow extends EddyCall {

  public static final SqlOperator OPERATOR = operator("KSQL WINDOW", SqlKind.OTHER);

  private final WindowType type;
  private final SqlDuration size;
  private final @Nullable SqlDuration advance;
  private final @Nullable SqlDuration retention;
  private final @Nullable SqlDuration grace;
  private final SqlNode source;
  private final @Nullable SqlLiteral timeZone;

  public SqlKsqlWindow(SqlParserPos pos, WindowType type, SqlDuration size, @Nullable SqlDuration advance,
      @Nullable SqlDuration retention, @Nullable SqlDuration grace, SqlNode source) {
    this(pos, type, size, advance, retention, grace, null, source);
  }

  /** @param timeZone the zone whose midnight the windows align to (beyond ksqlDB), or null for the epoch */
  public SqlKsqlWindow(SqlParserPos pos, WindowType type, SqlDuration size, @Nullable SqlDuration advance,
      @Nullable SqlDuration retention, @Nullable SqlDuration grace, @Nullable SqlLiteral timeZone, SqlNode source) {
    super(pos);
    this.timeZone = timeZone;
    this.type = type;
    this.size = size;
    this.advance = advance;
    this.retention = retention;
    this.grace = grace;
    this.source = source;
  }

  public WindowType type() {
    return type;
  }

  /** Window size, or the inactivity gap of a session window. */
  public SqlDuration size() {
    return size;
  }

  public @Nullable SqlDuration advance() {
    return advance;
  }

  public @Nullable SqlDuration retention() {
    return retention;
  }

  public @Nullable SqlDuration grace() {
    return grace;
  }

  /** The time zone the windows align to, e.g. {@code 'Europe/Berlin'}; null for the epoch. */
  public @Nullable SqlLiteral timeZone() {
    return timeZone;
  }

  /** The FROM relation as written (a table, an aliased table or a join). */
  public SqlNode source() {
    return source;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(symbol(type), size, advance, retention, grace, timeZone, source);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("WINDOW");
    writer.keyword(type.name());
    SqlWriter.Frame frame = writer.startList("(", ")");
    writer.sep(",");
    if (type != WindowType.SESSION) {
      writer.keyword("SIZE");
    }
    size.unparse(writer, 0, 0);
    if (advance != null) {
      writer.sep(",");
      writer.keyword("ADVANCE BY");
      advance.unparse(writer, 0, 0);
    }
    if (retention != null) {
      writer.sep(",");
      writer.keyword("RETENTION");
      retention.unparse(writer, 0, 0);
    }
    if (grace != null) {
      writer.sep(",");
      writer.keyword("GRACE PERIOD");
      grace.unparse(writer, 0, 0);
    }
    if (timeZone != null) {
      writer.sep(",");
      writer.keyword("TIME ZONE");
      timeZone.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }
}
