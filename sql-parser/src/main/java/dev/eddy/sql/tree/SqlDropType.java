package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP TYPE [IF EXISTS] name}. */
public final class SqlDropType extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DROP TYPE", SqlKind.DROP_TYPE);

  private final boolean ifExists;
  private final SqlIdentifier name;

  public SqlDropType(SqlParserPos pos, boolean ifExists, SqlIdentifier name) {
    super(pos);
    this.ifExists = ifExists;
    this.name = name;
  }

  public boolean ifExists() {
    return ifExists;
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
    return List.of(flag(ifExists), name);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DROP TYPE");
    if (ifExists) {
      writer.keyword("IF EXISTS");
    }
    name.unparse(writer, 0, 0);
  }
}
