package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP STREAM|TABLE [IF EXISTS] name [DELETE TOPIC]}. */
public final class SqlDropSource extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DROP SOURCE", SqlKind.OTHER_DDL);

  private final SourceKind kind;
  private final boolean ifExists;
  private final SqlIdentifier name;
  private final boolean deleteTopic;

  public SqlDropSource(SqlParserPos pos, SourceKind kind, boolean ifExists, SqlIdentifier name, boolean deleteTopic) {
    super(pos);
    this.kind = kind;
    this.ifExists = ifExists;
    this.name = name;
    this.deleteTopic = deleteTopic;
  }

  public SourceKind kind() {
    return kind;
  }

  public boolean ifExists() {
    return ifExists;
  }

  public SqlIdentifier name() {
    return name;
  }

  public boolean deleteTopic() {
    return deleteTopic;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(symbol(kind), flag(ifExists), name, flag(deleteTopic));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DROP");
    writer.keyword(kind.name());
    if (ifExists) {
      writer.keyword("IF EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (deleteTopic) {
      writer.keyword("DELETE TOPIC");
    }
  }
}
