package dev.eddy.sql.tree;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.checkerframework.checker.nullness.qual.Nullable;

import java.util.List;

/** A column in CREATE STREAM/TABLE or ALTER ... ADD COLUMN: {@code ID BIGINT PRIMARY KEY}. */
public final class SqlColumnDeclaration extends EddyCall {

  public static final SqlOperator OPERATOR = operator("COLUMN DECLARATION", SqlKind.COLUMN_DECL);

  private final SqlIdentifier name;
  private final SqlDataTypeSpec type;
  private final ColumnConstraint constraint;
  private final @Nullable SqlLiteral headerKey;

  /** @param headerKey the header's key for {@link ColumnConstraint#HEADER}, else null */
  public SqlColumnDeclaration(SqlParserPos pos, SqlIdentifier name, SqlDataTypeSpec type,
      ColumnConstraint constraint, @Nullable SqlLiteral headerKey) {
    super(pos);
    this.name = name;
    this.type = type;
    this.constraint = constraint;
    this.headerKey = headerKey;
  }

  public SqlIdentifier name() {
    return name;
  }

  public SqlDataTypeSpec type() {
    return type;
  }

  public ColumnConstraint constraint() {
    return constraint;
  }

  public @Nullable SqlLiteral headerKey() {
    return headerKey;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, type, symbol(constraint), headerKey);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    name.unparse(writer, 0, 0);
    type.unparse(writer, 0, 0);
    if (constraint != ColumnConstraint.NONE) {
      writer.keyword(constraint.sql());
    }
    if (headerKey != null) {
      writer.setNeedWhitespace(false);
      SqlWriter.Frame frame = writer.startList("(", ")");
      headerKey.unparse(writer, 0, 0);
      writer.endList(frame);
    }
  }
}
