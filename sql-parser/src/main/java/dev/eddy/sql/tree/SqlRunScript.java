package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code RUN SCRIPT 'file'}: a client-side command (the shell reads the file); parsed only. */
public final class SqlRunScript extends EddyCall {

  public static final SqlOperator OPERATOR = operator("RUN SCRIPT", SqlKind.OTHER);

  private final SqlLiteral path;

  public SqlRunScript(SqlParserPos pos, SqlLiteral path) {
    super(pos);
    this.path = path;
  }

  public String path() {
    return path.getValueAs(String.class);
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(path);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("RUN SCRIPT");
    path.unparse(writer, 0, 0);
  }
}
