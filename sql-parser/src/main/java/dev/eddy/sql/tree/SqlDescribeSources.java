package dev.eddy.sql.tree;

import java.util.List;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DESCRIBE STREAMS|TABLES [EXTENDED]}: describes every stream or every table. */
public final class SqlDescribeSources extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DESCRIBE SOURCES", SqlKind.OTHER);

  private final SourceKind kind;
  private final boolean extended;

  public SqlDescribeSources(SqlParserPos pos, SourceKind kind, boolean extended) {
    super(pos);
    this.kind = kind;
    this.extended = extended;
  }

  public SourceKind kind() {
    return kind;
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
    return List.of(symbol(kind), flag(extended));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DESCRIBE");
    writer.keyword(kind == SourceKind.STREAM ? "STREAMS" : "TABLES");
    if (extended) {
      writer.keyword("EXTENDED");
    }
  }
}
