package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code DEFINE name = 'value'}. The parser applies it while splitting a script, so later
 * statements of the same text already see {@code ${name}} substituted; the node is still
 * returned so a session can keep the variable.
 */
public final class SqlDefineVariable extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DEFINE", SqlKind.OTHER);

  private final SqlIdentifier name;
  private final SqlLiteral value;

  public SqlDefineVariable(SqlParserPos pos, SqlIdentifier name, SqlLiteral value) {
    super(pos);
    this.name = name;
    this.value = value;
  }

  /** The variable name, upper-cased unless it was quoted. */
  public String name() {
    return name.getSimple();
  }

  public String value() {
    return value.getValueAs(String.class);
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(name, value);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DEFINE");
    name.unparse(writer, 0, 0);
    writer.keyword("=");
    value.unparse(writer, 0, 0);
  }
}
