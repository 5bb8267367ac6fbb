package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code SET 'name' = 'value'} (a session property) or {@code ALTER SYSTEM 'name' = 'value'}
 * (a server-wide property, {@link #system()} true).
 */
public final class SqlSetProperty extends EddyCall {

  public static final SqlOperator OPERATOR = operator("SET PROPERTY", SqlKind.SET_OPTION);

  private final SqlLiteral name;
  private final SqlLiteral value;
  private final boolean system;

  public SqlSetProperty(SqlParserPos pos, SqlLiteral name, SqlLiteral value, boolean system) {
    super(pos);
    this.name = name;
    this.value = value;
    this.system = system;
  }

  public String name() {
    return name.getValueAs(String.class);
  }

  public String value() {
    return value.getValueAs(String.class);
  }

  public boolean system() {
    return system;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(name, value, flag(system));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword(system ? "ALTER SYSTEM" : "SET");
    name.unparse(writer, 0, 0);
    writer.keyword("=");
    value.unparse(writer, 0, 0);
  }
}
