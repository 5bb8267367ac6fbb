package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DESCRIBE FUNCTION name}: the signatures and documentation of a function. */
public final class SqlDescribeFunction extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DESCRIBE FUNCTION", SqlKind.OTHER);

  private final SqlIdentifier name;

  public SqlDescribeFunction(SqlParserPos pos, SqlIdentifier name) {
    super(pos);
    this.name = name;
  }

  public SqlIdentifier name() {
    return name;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(name);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DESCRIBE FUNCTION");
    name.unparse(writer, 0, 0);
  }
}
