package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code CREATE TYPE [IF NOT EXISTS] name AS type}: a named alias for a (usually STRUCT) type. */
public final class SqlCreateType extends EddyCall {

  public static final SqlOperator OPERATOR = operator("CREATE TYPE", SqlKind.CREATE_TYPE);

  private final boolean ifNotExists;
  private final SqlIdentifier name;
  private final SqlDataTypeSpec type;

  public SqlCreateType(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlDataTypeSpec type) {
    super(pos);
    this.ifNotExists = ifNotExists;
    this.name = name;
    this.type = type;
  }

  public boolean ifNotExists() {
    return ifNotExists;
  }

  public SqlIdentifier name() {
    return name;
  }

  public SqlDataTypeSpec type() {
    return type;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(flag(ifNotExists), name, type);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE TYPE");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    writer.keyword("AS");
    type.unparse(writer, 0, 0);
  }
}
