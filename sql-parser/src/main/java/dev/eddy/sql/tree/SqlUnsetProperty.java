package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code UNSET 'name'}: back to the default value of a session property. */
public final class SqlUnsetProperty extends EddyCall {

  public static final SqlOperator OPERATOR = operator("UNSET PROPERTY", SqlKind.OTHER);

  private final SqlLiteral name;

  public SqlUnsetProperty(SqlParserPos pos, SqlLiteral name) {
    super(pos);
    this.name = name;
  }

  public String name() {
    return name.getValueAs(String.class);
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
    writer.keyword("UNSET");
    name.unparse(writer, 0, 0);
  }
}
