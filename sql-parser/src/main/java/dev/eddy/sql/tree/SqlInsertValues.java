package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code INSERT INTO target [(col, ...)] VALUES (expr, ...)}: writes one row. {@code columns} is
 * null when no column list was written (the values then follow the source's column order).
 */
public final class SqlInsertValues extends EddyCall {

  public static final SqlOperator OPERATOR = operator("INSERT VALUES", SqlKind.INSERT);

  private final SqlIdentifier target;
  private final @Nullable SqlNodeList columns;
  private final SqlNodeList values;

  public SqlInsertValues(SqlParserPos pos, SqlIdentifier target, @Nullable SqlNodeList columns, SqlNodeList values) {
    super(pos);
    this.target = target;
    this.columns = columns;
    this.values = values;
  }

  public SqlIdentifier target() {
    return target;
  }

  public @Nullable SqlNodeList columns() {
    return columns;
  }

  public SqlNodeList values() {
    return values;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(target, columns, values);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("INSERT INTO");
    target.unparse(writer, 0, 0);
    if (columns != null) {
      parenthesized(writer, columns);
    }
    writer.keyword("VALUES");
    parenthesized(writer, values);
  }
}
