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
 * The {@code WITHIN ...} of one stream-stream join. Calcite's {@code SqlJoin} has no place for
 * it, so {@link SqlStreamingQuery} holds it next to the join it belongs to, identified by the
 * join's ordinal: 0 for the first JOIN keyword of the FROM clause, 1 for the second, and so on.
 *
 * <p>{@code WITHIN 1 HOUR} has {@code after == null} (the same bound on both sides);
 * {@code WITHIN (1 HOUR, 2 HOURS)} has both.
 */
public final class SqlJoinWindow extends EddyCall {

  public static final SqlOperator OPERATOR = operator("JOIN WINDOW", SqlKind.OTHER);

  private final int joinOrdinal;
  private final SqlDuration before;
  private final @Nullable SqlDuration after;
  private final @Nullable SqlDuration grace;

  public SqlJoinWindow(SqlParserPos pos, int joinOrdinal, SqlDuration before, @Nullable SqlDuration after,
      @Nullable SqlDuration grace) {
    super(pos);
    this.joinOrdinal = joinOrdinal;
    this.before = before;
    this.after = after;
    this.grace = grace;
  }

  public int joinOrdinal() {
    return joinOrdinal;
  }

  /** How far the other side may lag behind. */
  public SqlDuration before() {
    return before;
  }

  /** How far the other side may run ahead: {@code after} if given, else {@code before}. */
  public SqlDuration effectiveAfter() {
    return after == null ? before : after;
  }

  public @Nullable SqlDuration after() {
    return after;
  }

  public @Nullable SqlDuration grace() {
    return grace;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(
        SqlLiteral.createExactNumeric(Integer.toString(joinOrdinal), getParserPosition()), before, after, grace);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("WITHIN");
    if (after == null) {
      before.unparse(writer, 0, 0);
    } else {
      parenthesized(writer, List.of(before, after));
    }
    if (grace != null) {
      writer.keyword("GRACE PERIOD");
      grace.unparse(writer, 0, 0);
    }
  }
}
