package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DESCRIBE name [EXTENDED]}: the columns (and, extended, the queries and statistics) of one source. */
public final class SqlDescribe extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DESCRIBE", SqlKind.DESCRIBE_TABLE);

  private final SqlIdentifier name;
  private final boolean extended;

  public SqlDescribe(SqlParserPos pos, SqlIdentifier name, boolean extended) {
    super(pos);
    this.name = name;
    this.extended = extended;
  }

  public SqlIdentifier name() {
    return name;
  }

  public boolean extended() {
    return extended;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(name, flag(extended));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DESCRIBE");
    name.unparse(writer, 0, 0);
    if (extended) {
      writer.keyword("EXTENDED");
    }
  }
}
