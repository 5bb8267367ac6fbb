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

/** {@code TERMINATE queryId} or {@code TERMINATE ALL} ({@link #queryId()} null). */
public final class SqlTerminate extends EddyCall {

  public static final SqlOperator OPERATOR = operator("TERMINATE", SqlKind.OTHER);

  private final @Nullable SqlIdentifier queryId;

  public SqlTerminate(SqlParserPos pos, @Nullable SqlIdentifier queryId) {
    super(pos);
    this.queryId = queryId;
  }

  public @Nullable SqlIdentifier queryId() {
    return queryId;
  }

  public boolean all() {
    return queryId == null;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(queryId);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("TERMINATE");
    if (queryId == null) {
      writer.keyword("ALL");
    } else {
      queryId.unparse(writer, 0, 0);
    }
  }
}
