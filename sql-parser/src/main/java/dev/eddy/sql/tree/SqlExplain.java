package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code EXPLAIN statement}, {@code EXPLAIN queryId} or (Eddy's extension) {@code EXPLAIN ANALYZE
 * queryId}. Exactly one of {@link #statement()} and {@link #queryId()} is set; ANALYZE always
 * names a running query.
 */
public final class SqlExplain extends EddyCall {

  public static final SqlOperator OPERATOR = operator("EXPLAIN", SqlKind.EXPLAIN);

  private final @Nullable SqlNode statement;
  private final @Nullable SqlIdentifier queryId;
  private final boolean analyze;

  private SqlExplain(SqlParserPos pos, @Nullable SqlNode statement, @Nullable SqlIdentifier queryId, boolean analyze) {
    super(pos);
    this.statement = statement;
    this.queryId = queryId;
    this.analyze = analyze;
  }

  public static SqlExplain ofStatement(SqlParserPos pos, SqlNode statement) {
    return new SqlExplain(pos, statement, null, false);
  }

  public static SqlExplain ofQuery(SqlParserPos pos, SqlIdentifier queryId, boolean analyze) {
    return new SqlExplain(pos, null, queryId, analyze);
  }

  public @Nullable SqlNode statement() {
    return statement;
  }

  public @Nullable SqlIdentifier queryId() {
    return queryId;
  }

  public boolean analyze() {
    return analyze;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(statement, queryId, flag(analyze));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("EXPLAIN");
    if (analyze) {
      writer.keyword("ANALYZE");
    }
    (statement != null ? statement : queryId).unparse(writer, 0, 0);
  }
}
