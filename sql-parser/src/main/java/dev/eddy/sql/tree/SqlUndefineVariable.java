package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code UNDEFINE name}: removes a variable set by DEFINE. */
public final class SqlUndefineVariable extends EddyCall {

  public static final SqlOperator OPERATOR = operator("UNDEFINE", SqlKind.OTHER);

  private final SqlIdentifier name;

  public SqlUndefineVariable(SqlParserPos pos, SqlIdentifier name) {
    super(pos);
    this.name = name;
  }

  public String name() {
    return name.getSimple();
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
    writer.keyword("UNDEFINE");
    name.unparse(writer, 0, 0);
  }
}
