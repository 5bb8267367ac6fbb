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

/** {@code PRINT topic [FROM BEGINNING] [INTERVAL n] [LIMIT n]}: dumps a topic's records. */
public final class SqlPrint extends EddyCall {

  public static final SqlOperator OPERATOR = operator("PRINT", SqlKind.OTHER);

  private final SqlNode topic;
  private final boolean fromBeginning;
  private final @Nullable SqlLiteral interval;
  private final @Nullable SqlLiteral limit;

  /**
   * @param topic an identifier (upper-cased unless quoted, as ksqlDB does) or a string literal
   *     (the exact topic name)
   * @param interval print every n-th record, or null
   */
  public SqlPrint(SqlParserPos pos, SqlNode topic, boolean fromBeginning, @Nullable SqlLiteral interval,
      @Nullable SqlLiteral limit) {
    super(pos);
    this.topic = topic;
    this.fromBeginning = fromBeginning;
    this.interval = interval;
    this.limit = limit;
  }

  public SqlNode topic() {
    return topic;
  }

  public boolean fromBeginning() {
    return fromBeginning;
  }

  public @Nullable SqlLiteral interval() {
    return interval;
  }

  public @Nullable SqlLiteral limit() {
    return limit;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(topic, flag(fromBeginning), interval, limit);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("PRINT");
    topic.unparse(writer, 0, 0);
    if (fromBeginning) {
      writer.keyword("FROM BEGINNING");
    }
    if (interval != null) {
      writer.keyword("INTERVAL");
      interval.unparse(writer, 0, 0);
    }
    if (limit != null) {
      writer.keyword("LIMIT");
      limit.unparse(writer, 0, 0);
    }
  }
}
