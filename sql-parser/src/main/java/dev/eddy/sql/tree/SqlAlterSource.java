package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code ALTER STREAM|TABLE name ADD [COLUMN] c type, ...}: adds value columns. */
public final class SqlAlterSource extends EddyCall {

  public static final SqlOperator OPERATOR = operator("ALTER SOURCE", SqlKind.OTHER_DDL);

  private final SourceKind kind;
  private final SqlIdentifier name;
  private final SqlNodeList addedColumns;

  /** @param addedColumns {@link SqlColumnDeclaration}s without constraints */
  public SqlAlterSource(SqlParserPos pos, SourceKind kind, SqlIdentifier name, SqlNodeList addedColumns) {
    super(pos);
    this.kind = kind;
    this.name = name;
    this.addedColumns = addedColumns;
  }

  public SourceKind kind() {
    return kind;
  }

  public SqlIdentifier name() {
    return name;
  }

  public SqlNodeList addedColumns() {
    return addedColumns;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(symbol(kind), name, addedColumns);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ALTER");
    writer.keyword(kind.name());
    name.unparse(writer, 0, 0);
    SqlWriter.Frame frame = writer.startList("", "");
    for (SqlNode column : addedColumns) {
      writer.sep(",");
      writer.keyword("ADD COLUMN");
      column.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }
}
