package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A ksqlDB query: a plain Calcite {@link SqlSelect} plus the clauses standard SQL lacks.
 *
 * <p>Shape of {@link #select()}: select list, FROM, WHERE, GROUP BY and HAVING as Calcite builds
 * them; never an ORDER BY, OFFSET or FETCH. Joins are {@link SqlJoin}s. When the query had a
 * ksqlDB WINDOW clause, the FROM is the matching window table function call —
 * {@code TABLE(TUMBLE(TABLE s, DESCRIPTOR(ROWTIME), INTERVAL '1' MINUTE)) AS s},
 * {@code HOP(data, DESCRIPTOR(ROWTIME), advance, size)} or
 * {@code SESSION(data, DESCRIPTOR(ROWTIME), gap)} — aliased with the relation's alias, or with the
 * source name when none was written, so qualified column names still resolve. The data operand
 * is {@code TABLE name} for one source and {@code (SELECT * FROM <join>)} for a join.
 * RETENTION and GRACE PERIOD stay in {@link #window()}.
 *
 * <p>Beside it: the {@link SqlKsqlWindow} clause (null when absent), one {@link SqlJoinWindow}
 * per join that had WITHIN, PARTITION BY expressions (null when absent), the EMIT mode (null
 * for a pull query) and LIMIT (null when absent).
 */
public final class SqlStreamingQuery extends EddyCall {

  public static final SqlOperator OPERATOR = operator("KSQL SELECT", SqlKind.OTHER);

  private final SqlSelect select;
  private final @Nullable SqlKsqlWindow window;
  private final SqlNodeList joinWindows;
  private final @Nullable SqlNodeList partitionBy;
  private final @Nullable EmitMode emit;
  private final @Nullable SqlNumericLiteral limit;

  public SqlStreamingQuery(SqlParserPos pos, SqlSelect select, @Nullable SqlKsqlWindow window,
      SqlNodeList joinWindows, @Nullable SqlNodeList partitionBy, @Nullable EmitMode emit,
      @Nullable SqlNumericLiteral limit) {
    super(pos);
    this.select = select;
    this.window = window;
    this.joinWindows = joinWindows;
    this.partitionBy = partitionBy;
    this.emit = emit;
    this.limit = limit;
  }

  public SqlSelect select() {
    return select;
  }

  public @Nullable SqlKsqlWindow window() {
    return window;
  }

  /** {@link SqlJoinWindow}s, in join order. */
  public SqlNodeList joinWindows() {
    return joinWindows;
  }

  public @Nullable SqlNodeList partitionBy() {
    return partitionBy;
  }

  public @Nullable EmitMode emit() {
    return emit;
  }

  public @Nullable SqlNumericLiteral limit() {
    return limit;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(select, window, joinWindows, partitionBy, symbol(emit), limit);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SELECT");
    commaList(writer, select.getSelectList());
    writer.keyword("FROM");
    unparseRelation(writer, window != null ? window.source() : select.getFrom());
    if (window != null) {
      window.unparse(writer, 0, 0);
    }
    if (select.getWhere() != null) {
      writer.keyword("WHERE");
      select.getWhere().unparse(writer, 0, 0);
    }
    if (select.getGroup() != null) {
      writer.keyword("GROUP BY");
      groupingList(writer, select.getGroup());
    }
    if (partitionBy != null) {
      writer.keyword("PARTITION BY");
      groupingList(writer, partitionBy);
    }
    if (select.getHaving() != null) {
      writer.keyword("HAVING");
      select.getHaving().unparse(writer, 0, 0);
    }
    if (emit != null) {
      writer.keyword("EMIT");
      writer.keyword(emit.name());
    }
    if (limit != null) {
      writer.keyword("LIMIT");
      limit.unparse(writer, 0, 0);
    }
  }

  /** An empty list must keep its parentheses: {@code GROUP BY ()}. */
  private static void groupingList(SqlWriter writer, SqlNodeList list) {
    if (list.isEmpty()) {
      writer.endList(writer.startList("(", ")"));
    } else {
      commaList(writer, list);
    }
  }

  /** Writes joins in ksqlDB's order: {@code a JOIN b WITHIN 1 HOUR ON cond}. */
  private void unparseRelation(SqlWriter writer, SqlNode relation) {
    if (!(relation instanceof SqlJoin join)) {
      relation.unparse(writer, 0, 0);
      return;
    }
    unparseRelation(writer, join.getLeft());
    writer.keyword(joinKeywords(join.getJoinType()));
    join.getRight().unparse(writer, 0, 0);
    SqlJoinWindow within = joinWindow(joinOrdinal(join));
    if (within != null) {
      within.unparse(writer, 0, 0);
    }
    writer.keyword("ON");
    join.getCondition().unparse(writer, 0, 0);
  }

  private static int joinOrdinal(SqlJoin join) {
    int ordinal = 0;
    for (SqlNode left = join.getLeft(); left instanceof SqlJoin leftJoin; left = leftJoin.getLeft()) {
      ordinal++;
    }
    return ordinal;
  }

  /** The WITHIN clause of the join with the given ordinal, or null. */
  public @Nullable SqlJoinWindow joinWindow(int ordinal) {
    for (SqlNode node : joinWindows) {
      if (((SqlJoinWindow) node).joinOrdinal() == ordinal) {
        return (SqlJoinWindow) node;
      }
    }
    return null;
  }

  private static String joinKeywords(JoinType type) {
    switch (type) {
      case LEFT:
        return "LEFT JOIN";
      case RIGHT:
        return "RIGHT JOIN";
      case FULL:
        return "FULL OUTER JOIN";
      default:
        return "JOIN";
    }
  }
}
